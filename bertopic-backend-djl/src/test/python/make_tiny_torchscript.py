"""Tiny TorchScript twins of tiny ONNX models, so the Java tests can check that the PyTorch engine gives the same
embeddings as ONNX Runtime for the same weights.

Run once by hand, after make_tiny_models.py (CI does not run it):  /usr/bin/python3 make_tiny_torchscript.py
Needs Debian's python3-torch (1.13) and python3-onnx, and numpy. Writes ../resources/tiny-models/{clip-torchscript,
sentence}.

* clip-torchscript/: text_model.pt (input_ids -> {"text_embeds", "last_hidden_state"}) and vision_model.pt
  (pixel_values -> {"image_embeds"}), traced with torch.jit.trace(strict=False) like a traced Hugging Face
  CLIPTextModelWithProjection / CLIPVisionModelWithProjection. Their weights are READ from the checked-in
  clip/onnx/{text,vision}_model.onnx, and they compute what those graphs compute (see make_tiny_models.py), so the
  outputs must agree. tokenizer.json, preprocessor_config.json and config.json are copied from clip/.
* sentence/: a tiny BERT-like sentence-transformers model, defined here in torch and written twice:
  onnx/model.onnx (torch.onnx.export, the names of an Optimum feature-extraction export: input_ids, attention_mask,
  token_type_ids -> last_hidden_state) and model.pt (traced, returning {"last_hidden_state": ...} as DJL's model-zoo
  exports of sentence-transformers models do), with a WordPiece tokenizer.json carrying all-MiniLM-L6-v2's fixed
  padding/truncation quirk, modules.json (with Normalize), 1_Pooling/config.json (mean) and
  sentence_bert_config.json. expected.json holds eager-torch last_hidden_state for fixed token ids.
  What it computes: h = tanh((tok[ids] + pos[0:S] + type[tt]) W); out = h + 0.5 * (mask-weighted mean of h over the
  sequence), so every token's output depends on the mask as attention would.
"""
import json
import os
import shutil

import numpy as np
import onnx
import torch
from onnx import numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "tiny-models")
torch.manual_seed(20261126)


def initializers(path):
    return {i.name: torch.from_numpy(numpy_helper.to_array(i).copy()) for i in onnx.load(path).graph.initializer}


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=1, ensure_ascii=False)


# ----------------------------------------------------------------------------------------------- CLIP towers
class ClipText(torch.nn.Module):
    """Sum of (token + position) embeddings up to and including the first largest id, projected."""

    def __init__(self, w):
        super().__init__()
        self.tok_emb = torch.nn.Parameter(w["tok_emb"], requires_grad=False)
        self.pos_emb = torch.nn.Parameter(w["pos_emb"], requires_grad=False)
        self.text_proj = torch.nn.Parameter(w["text_proj"], requires_grad=False)

    def forward(self, input_ids):
        x = self.tok_emb[input_ids] + self.pos_emb[torch.arange(input_ids.shape[1])].unsqueeze(0)
        is_max = input_ids == input_ids.max(dim=1, keepdim=True).values
        count = torch.cumsum(is_max.long(), dim=1)
        upto = (count == 0) | ((count == 1) & is_max)
        pooled = (x * upto.float().unsqueeze(2)).sum(dim=1)
        return {"text_embeds": pooled @ self.text_proj, "last_hidden_state": x}


class ClipVision(torch.nn.Module):
    """112x112 average pooling of the 224x224 pixels (12 values), projected."""

    def __init__(self, w):
        super().__init__()
        self.vision_proj = torch.nn.Parameter(w["vision_proj"], requires_grad=False)

    def forward(self, pixel_values):
        pooled = torch.nn.functional.avg_pool2d(pixel_values, kernel_size=112, stride=112)
        return {"image_embeds": pooled.flatten(1) @ self.vision_proj}


def make_clip_torchscript():
    src, dst = os.path.join(OUT, "clip"), os.path.join(OUT, "clip-torchscript")
    os.makedirs(dst, exist_ok=True)
    for name in ("tokenizer.json", "preprocessor_config.json", "config.json"):
        shutil.copy(os.path.join(src, name), os.path.join(dst, name))
    text = ClipText(initializers(os.path.join(src, "onnx", "text_model.onnx"))).eval()
    vision = ClipVision(initializers(os.path.join(src, "onnx", "vision_model.onnx"))).eval()
    ids = torch.tensor([[533, 260, 270, 534, 534], [533, 300, 534, 534, 534]])
    pixels = torch.randn(2, 3, 224, 224)
    trace(text, (ids,), os.path.join(dst, "text_model.pt"), (torch.tensor([[533, 261, 534]]),))
    trace(vision, (pixels,), os.path.join(dst, "vision_model.pt"), (torch.randn(3, 3, 224, 224),))


def trace(module, example, path, other):
    """Traces, saves, reloads and checks the saved module against eager on inputs of another shape."""
    with torch.no_grad():
        torch.jit.trace(module, example, strict=False).save(path)
        loaded = torch.jit.load(path)
        for want, got in zip(flat(module(*other)), flat(loaded(*other))):
            assert torch.allclose(want, got, atol=1e-6), path
    print(path, os.path.getsize(path), "bytes")


def flat(out):
    return list(out.values()) if isinstance(out, dict) else [out]


# ----------------------------------------------------------------------------------------------- sentence model
WORDS = ["the", "a", "cat", "dog", "sat", "on", "mat", "and", "bird", "sings", "music", "plays", "loud", "quiet",
         "city", "river", "car", "drives", "fast", "slow", "topic", "model", "java", "python", "##s", "##ing",
         "##ed", ".", ",", "!"]
SPECIAL = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
WIDTH, MAX_LEN = 16, 32


class TinyEncoder(torch.nn.Module):
    def __init__(self, vocab_size):
        super().__init__()
        self.tok = torch.nn.Parameter(torch.randn(vocab_size, WIDTH), requires_grad=False)
        self.pos = torch.nn.Parameter(0.1 * torch.randn(MAX_LEN, WIDTH), requires_grad=False)
        self.types = torch.nn.Parameter(0.1 * torch.randn(2, WIDTH), requires_grad=False)
        self.w = torch.nn.Parameter(torch.randn(WIDTH, WIDTH) / WIDTH ** 0.5, requires_grad=False)

    def forward(self, input_ids, attention_mask, token_type_ids):
        x = self.tok[input_ids] + self.pos[:input_ids.shape[1]].unsqueeze(0) + self.types[token_type_ids]
        h = torch.tanh(x @ self.w)
        m = attention_mask.unsqueeze(2).float()
        ctx = (h * m).sum(dim=1, keepdim=True) / m.sum(dim=1, keepdim=True).clamp(min=1.0)
        return h + 0.5 * ctx


class AsDict(torch.nn.Module):
    """The encoder returning a dict, as a traced Hugging Face model with return_dict does."""

    def __init__(self, inner):
        super().__init__()
        self.inner = inner

    def forward(self, input_ids, attention_mask, token_type_ids):
        return {"last_hidden_state": self.inner(input_ids, attention_mask, token_type_ids)}


def wordpiece_tokenizer_json(vocab):
    return {
        "version": "1.0",
        "truncation": {"direction": "Right", "max_length": 128, "strategy": "LongestFirst", "stride": 0},
        "padding": {"strategy": {"Fixed": 128}, "direction": "Right", "pad_to_multiple_of": None, "pad_id": 0,
                    "pad_type_id": 0, "pad_token": "[PAD]"},
        "added_tokens": [{"id": vocab[t], "content": t, "single_word": False, "lstrip": False, "rstrip": False,
                          "normalized": False, "special": True} for t in SPECIAL],
        "normalizer": {"type": "BertNormalizer", "clean_text": True, "handle_chinese_chars": True,
                       "strip_accents": None, "lowercase": True},
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": {"type": "TemplateProcessing",
                           "single": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}},
                                      {"Sequence": {"id": "A", "type_id": 0}},
                                      {"SpecialToken": {"id": "[SEP]", "type_id": 0}}],
                           "pair": [{"SpecialToken": {"id": "[CLS]", "type_id": 0}},
                                    {"Sequence": {"id": "A", "type_id": 0}},
                                    {"SpecialToken": {"id": "[SEP]", "type_id": 0}},
                                    {"Sequence": {"id": "B", "type_id": 1}},
                                    {"SpecialToken": {"id": "[SEP]", "type_id": 1}}],
                           "special_tokens": {t: {"id": t, "ids": [vocab[t]], "tokens": [t]}
                                              for t in ("[CLS]", "[SEP]")}},
        "decoder": {"type": "WordPiece", "prefix": "##", "cleanup": True},
        "model": {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
                  "max_input_chars_per_word": 100, "vocab": vocab},
    }


def make_sentence():
    dst = os.path.join(OUT, "sentence")
    os.makedirs(os.path.join(dst, "onnx"), exist_ok=True)
    os.makedirs(os.path.join(dst, "1_Pooling"), exist_ok=True)
    vocab = {t: i for i, t in enumerate(SPECIAL + WORDS)}
    encoder = TinyEncoder(len(vocab)).eval()
    ids = torch.tensor([[2, 7, 8, 3, 0], [2, 9, 10, 11, 3]])
    mask = (ids != 0).long()
    types = torch.zeros_like(ids)
    with torch.no_grad():
        torch.onnx.export(encoder, (ids, mask, types), os.path.join(dst, "onnx", "model.onnx"),
                          input_names=["input_ids", "attention_mask", "token_type_ids"],
                          output_names=["last_hidden_state"], opset_version=14,
                          dynamic_axes={n: {0: "batch_size", 1: "sequence_length"} for n in
                                        ("input_ids", "attention_mask", "token_type_ids", "last_hidden_state")})
    trace(AsDict(encoder).eval(), (ids, mask, types), os.path.join(dst, "model.pt"),
          (ids[:1, :3], mask[:1, :3], types[:1, :3]))
    write_json(os.path.join(dst, "tokenizer.json"), wordpiece_tokenizer_json(vocab))
    write_json(os.path.join(dst, "tokenizer_config.json"), {"do_lower_case": True, "model_max_length": 512,
                                                             "tokenizer_class": "BertTokenizer"})
    write_json(os.path.join(dst, "modules.json"), [
        {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
        {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
        {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"}])
    write_json(os.path.join(dst, "1_Pooling", "config.json"), {
        "word_embedding_dimension": WIDTH, "pooling_mode_cls_token": False, "pooling_mode_max_tokens": False,
        "pooling_mode_mean_tokens": True, "pooling_mode_mean_sqrt_len_tokens": False})
    write_json(os.path.join(dst, "sentence_bert_config.json"), {"max_seq_length": MAX_LEN, "do_lower_case": False})
    probe_ids = [[2, 7, 8, 9, 3], [2, 30, 27, 3, 0]]
    probe = torch.tensor(probe_ids)
    with torch.no_grad():
        hidden = encoder(probe, (probe != 0).long(), torch.zeros_like(probe))
    write_json(os.path.join(dst, "expected.json"), {
        "input_ids": probe_ids, "attention_mask": (probe != 0).long().tolist(),
        "last_hidden_state": hidden.tolist()})
    print(dst, {f: os.path.getsize(os.path.join(dst, f)) for f in ("model.pt", "onnx/model.onnx")})


if __name__ == "__main__":
    make_clip_torchscript()
    make_sentence()
