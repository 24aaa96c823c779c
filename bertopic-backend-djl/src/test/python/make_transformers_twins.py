"""Tiny Hugging Face transformers models, traced to TorchScript and exported to ONNX by a current PyTorch, so the
Java tests can check that TorchScript files written by today's torch + transformers load in DJL's libtorch 2.7.1 and
agree with ONNX Runtime (make_tiny_torchscript.py covers Debian's torch 1.13 with hand-written modules).

Run once by hand where torch and transformers are installed (it was run with torch 2.11.0 and transformers 5.17.0;
CI does not run it):  python3 make_transformers_twins.py OUT_DIR
Writes into OUT_DIR (flat): bert-model.pt, bert-model.onnx, clip-text_model.pt, clip-vision_model.pt,
clip-text_model.onnx, clip-vision_model.onnx, expected.json (eager outputs on fixed token ids) and versions.txt.
The lead copies them into ../resources/tiny-models/transformers-{sentence,clip-onnx,clip-pt}/ next to the
tokenizer and config files of the existing tiny models, whose vocabularies the models are sized for:

* bert: transformers BertModel (vocab 35 = tiny-models/sentence/tokenizer.json, hidden 32, 2 layers, 2 heads,
  random weights), wrapped so forward(input_ids, attention_mask, token_type_ids) returns {"last_hidden_state"}.
* clip: CLIPTextModelWithProjection (vocab 535 = tiny-models/clip/tokenizer.json, bos 533, eos 534, 77 positions)
  and CLIPVisionModelWithProjection (224 px, patch 32), hidden 32, projection 16, wrapped so forward(input_ids,
  attention_mask) returns {"text_embeds"} and forward(pixel_values) returns {"image_embeds"}.

Every traced module is checked against eager torch at a second input shape before it is written.
"""
import json
import os
import sys

import torch
import transformers
from transformers import (BertConfig, BertModel, CLIPTextConfig, CLIPTextModelWithProjection, CLIPVisionConfig,
                          CLIPVisionModelWithProjection)

OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)
torch.manual_seed(20261126)


class Bert(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, token_type_ids):
        out = self.model(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
        return {"last_hidden_state": out.last_hidden_state}


class ClipText(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask):
        return {"text_embeds": self.model(input_ids=input_ids, attention_mask=attention_mask).text_embeds}


class ClipVision(torch.nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, pixel_values):
        return {"image_embeds": self.model(pixel_values=pixel_values).image_embeds}


def config(cls, **kwargs):
    try:
        return cls(attn_implementation="eager", **kwargs)
    except TypeError:
        return cls(**kwargs)


def first(out):
    return next(iter(out.values())) if isinstance(out, dict) else (out[0] if isinstance(out, (tuple, list)) else out)


def save(module, example, other, name, input_names, output_name, dynamic):
    module = module.eval()
    traced = torch.jit.trace(module, example, strict=False)
    with torch.no_grad():
        for args in (example, other):
            diff = (first(traced(*args)) - first(module(*args))).abs().max().item()
            print(name, "traced vs eager at", [tuple(a.shape) for a in args], "max diff", diff, flush=True)
            assert diff < 1e-5, name
    traced.save(os.path.join(OUT, name + ".pt"))
    onnx_path = os.path.join(OUT, name + ".onnx")
    try:
        torch.onnx.export(module, example, onnx_path, input_names=input_names, output_names=[output_name],
                          dynamic_axes=dynamic, opset_version=17, dynamo=False)
    except Exception as e:  # the TorchScript-based exporter is gone: use the dynamo one
        print(name, "legacy ONNX export failed:", repr(e), flush=True)
        torch.onnx.export(module, example, onnx_path, input_names=input_names, output_names=[output_name],
                          dynamic_axes=dynamic, opset_version=18, dynamo=True, external_data=False)
    print(name, "written", flush=True)


expected = {}
ids = torch.tensor([[2, 7, 8, 9, 3, 0, 0], [2, 10, 11, 12, 13, 14, 3]])
mask = (ids != 0).long()
bert = BertModel(config(BertConfig, vocab_size=35, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=64), add_pooling_layer=False)
ids2 = torch.tensor([[2, 5, 6, 3]])
save(Bert(bert), (ids, mask, torch.zeros_like(ids)), (ids2, torch.ones_like(ids2), torch.zeros_like(ids2)),
     "bert-model", ["input_ids", "attention_mask", "token_type_ids"], "last_hidden_state",
     {"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
      "token_type_ids": {0: "batch", 1: "sequence"}, "last_hidden_state": {0: "batch", 1: "sequence"}})
with torch.no_grad():
    expected["bert"] = {"input_ids": ids.tolist(), "attention_mask": mask.tolist(),
                        "last_hidden_state": bert(input_ids=ids, attention_mask=mask).last_hidden_state.tolist()}

text = CLIPTextModelWithProjection(config(CLIPTextConfig, vocab_size=535, hidden_size=32, intermediate_size=64,
                                          num_hidden_layers=2, num_attention_heads=2, projection_dim=16,
                                          max_position_embeddings=77, bos_token_id=533, eos_token_id=534,
                                          pad_token_id=534))
tids = torch.tensor([[533, 40, 41, 42, 534, 534], [533, 50, 51, 52, 53, 534]])
tmask = torch.tensor([[1, 1, 1, 1, 1, 0], [1, 1, 1, 1, 1, 1]])
tids2 = torch.tensor([[533, 60, 534]])
save(ClipText(text), (tids, tmask), (tids2, torch.ones_like(tids2)), "clip-text_model",
     ["input_ids", "attention_mask"], "text_embeds",
     {"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
      "text_embeds": {0: "batch"}})
vision = CLIPVisionModelWithProjection(config(CLIPVisionConfig, hidden_size=32, intermediate_size=64,
                                              num_hidden_layers=2, num_attention_heads=2, projection_dim=16,
                                              image_size=224, patch_size=32))
pixels = torch.randn(2, 3, 224, 224)
save(ClipVision(vision), (pixels,), (torch.randn(1, 3, 224, 224),), "clip-vision_model", ["pixel_values"],
     "image_embeds", {"pixel_values": {0: "batch"}, "image_embeds": {0: "batch"}})
with torch.no_grad():
    expected["clip_text"] = {"input_ids": tids.tolist(), "attention_mask": tmask.tolist(),
                             "text_embeds": text(input_ids=tids, attention_mask=tmask).text_embeds.tolist()}

with open(os.path.join(OUT, "expected.json"), "w") as f:
    json.dump(expected, f)
with open(os.path.join(OUT, "versions.txt"), "w") as f:
    f.write(f"torch {torch.__version__}\ntransformers {transformers.__version__}\n")
print("done", flush=True)
