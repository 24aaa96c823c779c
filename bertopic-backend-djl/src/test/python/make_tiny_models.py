"""Tiny ONNX look-alikes of Xenova/clip-vit-base-patch32 and Xenova/vit-gpt2-image-captioning, with the real
exports' input/output names, dtypes, ranks, fixed dimensions (512, 768, 12, 64, 50257) and dynamic axis names
(docs: MODEL-FORMATS.md sections 1 and 3), plus tokenizer.json / preprocessor_config.json / config.json /
generation_config.json of the same structure, and the values the Java tests expect (expected.json), computed
here with numpy.

Run once by hand (CI does not run it):  /usr/bin/python3 make_tiny_models.py
Needs the `onnx` package (Debian python3-onnx), numpy and Pillow. Writes ../resources/tiny-models/{clip,vit-gpt2}.

What the tiny models compute (deterministic, input-dependent, a few KB of weights):
* CLIP text: token embeddings (+ position embeddings of 77 rows, so more than 77 tokens fail as in the real
  model), summed up to and including the first occurrence of the largest id (the EOS token, as CLIP pools at
  argmax(input_ids)), projected to 512. Padding with EOS after the first EOS changes nothing.
* CLIP vision: 112x112 average pooling of the 224x224 pixels (3x2x2 = 12 values), projected to 512.
* CLIP combined model.onnx: both, with attention_mask zeroing masked tokens, L2-normalised, logits = 100 cos.
* ViT encoder: 16x16 average pooling to 14x14 patches, each patch's 3 channel means projected to 768.
* GPT-2 decoder: token embedding x (4-d); key = value = x tiled to 12 heads x 64; present = past ++ new;
  h = (causal running sum of the first 4 key dims) + x + mean of the first 4 dims of encoder_hidden_states;
  logits = h W (V_tiny columns), padded with -10000 up to 50257.
"""
import json
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "tiny-models")
IMAGES = os.path.join(HERE, "..", "resources", "preprocess")
RNG = np.random.default_rng(20261126)
OPSET = [helper.make_opsetid("", 14)]


def bytes_to_unicode():
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, map(chr, cs)))


B2U = bytes_to_unicode()
U2B = {v: k for k, v in B2U.items()}


def const(name, array):
    return numpy_helper.from_array(np.asarray(array), name)


def save(graph, path):
    model = helper.make_model(graph, opset_imports=OPSET, producer_name="bertopic4j-tiny")
    model.ir_version = 8
    onnx.checker.check_model(model)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    onnx.save(model, path)


# ----------------------------------------------------------------------------------------------- CLIP tokenizer
CLIP_MERGES = ["t h", "th e</w>", "a n", "o n", "i n", "e r", "a t", "r e", "o u", "th e", "a r", "c a", "ca t</w>",
               "d o", "do g</w>", "p i", "pi c", "pic t", "pict u", "pictu r", "pictur e</w>"]


def clip_vocab():
    base = [B2U[b] for b in range(256)]
    vocab = base + [c + "</w>" for c in base]
    for m in CLIP_MERGES:
        a, b = m.split(" ")
        assert a in vocab and b in vocab, m
        vocab.append(a + b)
    vocab += ["<|startoftext|>", "<|endoftext|>"]
    return {tok: i for i, tok in enumerate(vocab)}


def clip_tokenizer_json(vocab):
    n = len(vocab)
    special = lambda tok, i: {"id": i, "content": tok, "single_word": False, "lstrip": False, "rstrip": False,
                              "normalized": True, "special": True}
    return {
        "version": "1.0", "truncation": None, "padding": None,
        "added_tokens": [special("<|startoftext|>", n - 2), special("<|endoftext|>", n - 1)],
        "normalizer": {"type": "Sequence", "normalizers": [
            {"type": "NFC"}, {"type": "Replace", "pattern": {"Regex": "\\s+"}, "content": " "},
            {"type": "Lowercase"}]},
        "pre_tokenizer": {"type": "Sequence", "pretokenizers": [
            {"type": "Split", "pattern": {
                "Regex": "'s|'t|'re|'ve|'m|'ll|'d|[\\p{L}]+|[\\p{N}]|[^\\s\\p{L}\\p{N}]+"},
             "behavior": "Removed", "invert": True},
            {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": False}]},
        "post_processor": {"type": "RobertaProcessing", "sep": ["<|endoftext|>", n - 1],
                           "cls": ["<|startoftext|>", n - 2], "trim_offsets": False, "add_prefix_space": False},
        "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
        "model": {"type": "BPE", "dropout": None, "unk_token": "<|endoftext|>", "continuing_subword_prefix": "",
                  "end_of_word_suffix": "</w>", "fuse_unk": False, "byte_fallback": False, "vocab": vocab,
                  "merges": CLIP_MERGES},
    }


def bpe(word_symbols, merges):
    ranks = {tuple(m.split(" ")): i for i, m in enumerate(merges)}
    symbols = list(word_symbols)
    while len(symbols) > 1:
        pairs = [(ranks.get((symbols[i], symbols[i + 1]), 1 << 30), i) for i in range(len(symbols) - 1)]
        rank, i = min(pairs)
        if rank == 1 << 30:
            break
        symbols = symbols[:i] + [symbols[i] + symbols[i + 1]] + symbols[i + 2:]
    return symbols


def clip_encode(text, vocab):
    """ASCII-only reimplementation of the tokenizer above (enough for the test sentences)."""
    import re
    text = re.sub(r"\s+", " ", text).lower()
    words = re.findall(r"'s|'t|'re|'ve|'m|'ll|'d|[a-z]+|[0-9]|[^\sa-z0-9]+", text)
    ids = [vocab["<|startoftext|>"]]
    for w in words:
        chars = [B2U[b] for b in w.encode("utf-8")]
        chars[-1] += "</w>"
        ids += [vocab[s] for s in bpe(chars, CLIP_MERGES)]
    return ids + [vocab["<|endoftext|>"]]


def clip_decode(ids, vocab):
    inv = {i: t for t, i in vocab.items()}
    # CLIPTokenizerFast: byte-level decode, then "</w>" -> " " and strip (special tokens kept, none occur here)
    text = bytes(U2B[c] for c in "".join(inv[i] for i in ids)).decode("utf-8", "replace")
    return text.replace("</w>", " ").strip()


# ----------------------------------------------------------------------------------------------- CLIP graphs
def clip_text_nodes(prefix, ids, mask_name=None):
    """Nodes computing [b,8] = sum of (token + position) embeddings up to and including the first max id."""
    n = [
        helper.make_node("Gather", ["tok_emb", ids], [prefix + "x"], axis=0),
        helper.make_node("Shape", [ids], [prefix + "shape"]),
        helper.make_node("Gather", [prefix + "shape", "one_i"], [prefix + "seq"], axis=0),
        helper.make_node("Range", ["zero_i", prefix + "seq", "one_i"], [prefix + "pos"]),
        helper.make_node("Gather", ["pos_emb", prefix + "pos"], [prefix + "p"], axis=0),
        helper.make_node("Add", [prefix + "x", prefix + "p"], [prefix + "xp"]),
        helper.make_node("ReduceMax", [ids], [prefix + "max"], axes=[1], keepdims=1),
        helper.make_node("Equal", [ids, prefix + "max"], [prefix + "is_max"]),
        helper.make_node("Cast", [prefix + "is_max"], [prefix + "is_max_i"], to=TensorProto.INT64),
        helper.make_node("CumSum", [prefix + "is_max_i", "one_i"], [prefix + "max_count"]),
        helper.make_node("Equal", [prefix + "max_count", "zero_i"], [prefix + "before"]),
        helper.make_node("Equal", [prefix + "max_count", "one_i"], [prefix + "count1"]),
        helper.make_node("And", [prefix + "count1", prefix + "is_max"], [prefix + "first"]),
        helper.make_node("Or", [prefix + "before", prefix + "first"], [prefix + "upto"]),
        helper.make_node("Cast", [prefix + "upto"], [prefix + "w"], to=TensorProto.FLOAT),
    ]
    w = prefix + "w"
    if mask_name:
        n += [helper.make_node("Cast", [mask_name], [prefix + "mask_f"], to=TensorProto.FLOAT),
              helper.make_node("Mul", [w, prefix + "mask_f"], [prefix + "wm"])]
        w = prefix + "wm"
    n += [
        helper.make_node("Unsqueeze", [w, "two_i1"], [prefix + "w3"]),
        helper.make_node("Mul", [prefix + "xp", prefix + "w3"], [prefix + "xw"]),
        helper.make_node("ReduceSum", [prefix + "xw", "one_i1"], [prefix + "pooled"], keepdims=0),
        helper.make_node("MatMul", [prefix + "pooled", "text_proj"], [prefix + "embeds"]),
    ]
    return n


def clip_text_numpy(ids, w, mask=None):
    ids = np.asarray(ids, dtype=np.int64)[None] if np.ndim(ids) == 1 else np.asarray(ids, dtype=np.int64)
    x = w["tok_emb"][ids] + w["pos_emb"][np.arange(ids.shape[1])][None]
    out = []
    for b in range(ids.shape[0]):
        first = int(np.argmax(ids[b]))
        keep = np.zeros(ids.shape[1], dtype=np.float32)
        keep[:first + 1] = 1
        if mask is not None:
            keep *= np.asarray(mask[b], dtype=np.float32)
        out.append((x[b] * keep[:, None]).sum(0, dtype=np.float32) @ w["text_proj"])
    return np.stack(out).astype(np.float32)


def clip_vision_nodes(prefix, pixels):
    return [
        helper.make_node("AveragePool", [pixels], [prefix + "pool"], kernel_shape=[112, 112], strides=[112, 112]),
        helper.make_node("Flatten", [prefix + "pool"], [prefix + "flat"], axis=1),
        helper.make_node("MatMul", [prefix + "flat", "vision_proj"], [prefix + "embeds"]),
    ]


def clip_vision_numpy(pixels, w):
    p = pixels.reshape(pixels.shape[0], 3, 2, 112, 2, 112).mean(axis=(3, 5), dtype=np.float64).astype(np.float32)
    return (p.reshape(pixels.shape[0], 12) @ w["vision_proj"]).astype(np.float32)


def make_clip(dst):
    vocab = clip_vocab()
    v = len(vocab)
    w = {"tok_emb": RNG.normal(size=(v, 8)).astype(np.float32),
         "pos_emb": (0.1 * RNG.normal(size=(77, 8))).astype(np.float32),
         "text_proj": RNG.normal(size=(8, 512)).astype(np.float32),
         "vision_proj": RNG.normal(size=(12, 512)).astype(np.float32)}
    ints = [const("zero_i", np.array(0, dtype=np.int64)), const("one_i", np.array(1, dtype=np.int64)),
            const("one_i1", np.array([1], dtype=np.int64)),
            const("two_i1", np.array([2], dtype=np.int64))]
    text_w = [const(k, w[k]) for k in ("tok_emb", "pos_emb", "text_proj")] + ints
    ids_in = helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch_size", "sequence_length"])
    save(helper.make_graph(clip_text_nodes("t_", "input_ids") + [
        helper.make_node("Identity", ["t_embeds"], ["text_embeds"])], "clip_text", [ids_in],
        [helper.make_tensor_value_info("text_embeds", TensorProto.FLOAT, ["batch_size", 512])], text_w),
        os.path.join(dst, "onnx", "text_model.onnx"))
    px_in = helper.make_tensor_value_info("pixel_values", TensorProto.FLOAT,
                                          ["batch_size", "num_channels", "height", "width"])
    save(helper.make_graph(clip_vision_nodes("v_", "pixel_values") + [
        helper.make_node("Identity", ["v_embeds"], ["image_embeds"])], "clip_vision", [px_in],
        [helper.make_tensor_value_info("image_embeds", TensorProto.FLOAT, ["batch_size", 512])],
        [const("vision_proj", w["vision_proj"])]), os.path.join(dst, "onnx", "vision_model.onnx"))
    # combined graph, Optimum CLIPOnnxConfig names
    nodes = clip_text_nodes("t_", "input_ids", "attention_mask") + clip_vision_nodes("v_", "pixel_values")
    for m in ("t_", "v_"):
        nodes += [helper.make_node("ReduceL2", [m + "embeds"], [m + "norm"], axes=[1], keepdims=1),
                  helper.make_node("Div", [m + "embeds", m + "norm"], [m + "unit"])]
    nodes += [helper.make_node("Identity", ["t_unit"], ["text_embeds"]),
              helper.make_node("Identity", ["v_unit"], ["image_embeds"]),
              helper.make_node("Transpose", ["t_unit"], ["t_unit_T"], perm=[1, 0]),
              helper.make_node("MatMul", ["v_unit", "t_unit_T"], ["cos_it"]),
              helper.make_node("Mul", ["cos_it", "logit_scale"], ["logits_per_image"]),
              helper.make_node("Transpose", ["logits_per_image"], ["logits_per_text"], perm=[1, 0])]
    save(helper.make_graph(nodes, "clip", [
        helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["text_batch_size", "sequence_length"]),
        helper.make_tensor_value_info("pixel_values", TensorProto.FLOAT,
                                      ["image_batch_size", "num_channels", "height", "width"]),
        helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["text_batch_size", "sequence_length"])],
        [helper.make_tensor_value_info("logits_per_image", TensorProto.FLOAT, ["image_batch_size", "text_batch_size"]),
         helper.make_tensor_value_info("logits_per_text", TensorProto.FLOAT, ["text_batch_size", "image_batch_size"]),
         helper.make_tensor_value_info("text_embeds", TensorProto.FLOAT, ["text_batch_size", 512]),
         helper.make_tensor_value_info("image_embeds", TensorProto.FLOAT, ["image_batch_size", 512])],
        text_w + [const("vision_proj", w["vision_proj"]), const("logit_scale", np.array(100.0, dtype=np.float32))]),
        os.path.join(dst, "onnx", "model.onnx"))
    with open(os.path.join(dst, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(clip_tokenizer_json(vocab), f, ensure_ascii=False, indent=1)
    write_json(os.path.join(dst, "preprocessor_config.json"), {
        "crop_size": {"height": 224, "width": 224}, "do_center_crop": True, "do_convert_rgb": True,
        "do_normalize": True, "do_rescale": True, "do_resize": True, "feature_extractor_type": "CLIPFeatureExtractor",
        "image_mean": [0.48145466, 0.4578275, 0.40821073], "image_processor_type": "CLIPFeatureExtractor",
        "image_std": [0.26862954, 0.26130258, 0.27577711], "resample": 3, "rescale_factor": 0.00392156862745098,
        "size": {"shortest_edge": 224}})
    write_json(os.path.join(dst, "tokenizer_config.json"), {
        "bos_token": "<|startoftext|>", "eos_token": "<|endoftext|>", "pad_token": "<|endoftext|>",
        "unk_token": "<|endoftext|>", "do_lower_case": True, "model_max_length": 77, "add_prefix_space": False,
        "errors": "replace", "tokenizer_class": "CLIPTokenizer"})
    write_json(os.path.join(dst, "config.json"), {
        "architectures": ["CLIPModel"], "model_type": "clip", "projection_dim": 512, "logit_scale_init_value": 2.6592,
        "text_config": {"vocab_size": v, "hidden_size": 8, "max_position_embeddings": 77, "bos_token_id": 0,
                        "eos_token_id": 2, "pad_token_id": 1, "projection_dim": 512, "model_type": "clip_text_model"},
        "vision_config": {"image_size": 224, "patch_size": 112, "num_channels": 3, "projection_dim": 512,
                          "model_type": "clip_vision_model"}})
    return vocab, w


def clip_expected(vocab, w, pixels_by_image):
    texts = ["A cat and the dog", "the picture of the cat", "Hello World 2016!", "dogs"]
    long_text = " ".join(["the cat sat on the mat with another dog"] * 12)
    ids = [clip_encode(t, vocab) for t in texts]
    # Upstream truncation (BERTopic _truncate_document): while > 77 tokens keep ids[1:76], decode, re-encode.
    long_ids = clip_encode(long_text, vocab)
    truncated = long_text
    while len(clip_encode(truncated, vocab)) > 77:
        truncated = clip_decode(clip_encode(truncated, vocab)[1:76], vocab)
    images = sorted(pixels_by_image)
    return {
        "texts": texts, "text_ids": ids,
        "text_embeds": [clip_text_numpy(i, w)[0].tolist() for i in ids],
        "long_text": long_text, "long_text_token_count": len(long_ids), "long_text_truncated": truncated,
        "long_text_truncated_ids": clip_encode(truncated, vocab),
        "long_text_embed": clip_text_numpy(clip_encode(truncated, vocab), w)[0].tolist(),
        "images": images,
        "image_embeds": [clip_vision_numpy(pixels_by_image[n], w)[0].tolist() for n in images],
    }


def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=1, ensure_ascii=False)


# ----------------------------------------------------------------------------------------------- GPT-2 tokenizer
GPT2_WORDS = ["Ġa", "Ġcat", "Ġdog", "Ġon", "Ġthe", "Ġtable", "Ġman", "Ġriding", "Ġbike", "Ġwith", "Ġred",
              "Ġhouse", "Ġtree", "Ġnear", "Ġsitting", "Ġof", "Ġpicture", "Ġblue", "Ġcar", "Ġflower"]
N_LAYERS, N_HEADS, HEAD_DIM, HIDDEN, GPT2_VOCAB = 12, 12, 64, 768, 50257


def gpt2_vocab_and_merges():
    vocab = [B2U[b] for b in range(256)]
    merges = []
    for word in GPT2_WORDS:
        cur = word[0]
        for ch in word[1:]:
            if cur + ch not in vocab:
                merges.append(cur + " " + ch)
                vocab.append(cur + ch)
            cur = cur + ch
    vocab.append("<|endoftext|>")
    return {t: i for i, t in enumerate(vocab)}, merges


def gpt2_tokenizer_json(vocab, merges):
    eos = vocab["<|endoftext|>"]
    return {
        "version": "1.0", "truncation": None, "padding": None,
        "added_tokens": [{"id": eos, "content": "<|endoftext|>", "single_word": False, "lstrip": False,
                          "rstrip": False, "normalized": True, "special": True}],
        "normalizer": None,
        "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True},
        "post_processor": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": False, "use_regex": True},
        "decoder": {"type": "ByteLevel", "add_prefix_space": True, "trim_offsets": True, "use_regex": True},
        "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": "",
                  "end_of_word_suffix": "", "fuse_unk": False, "byte_fallback": False, "vocab": vocab,
                  "merges": merges},
    }


def gpt2_decode(ids, vocab):
    inv = {i: t for t, i in vocab.items()}
    text = "".join(inv[i] for i in ids if inv[i] != "<|endoftext|>")
    return bytes(U2B[c] for c in text).decode("utf-8", "replace").strip()


# ----------------------------------------------------------------------------------------------- ViT-GPT2 graphs
def make_encoder(dst, w):
    nodes = [
        helper.make_node("AveragePool", ["pixel_values"], ["pool"], kernel_shape=[16, 16], strides=[16, 16]),
        helper.make_node("Shape", ["pool"], ["pool_shape"]),
        helper.make_node("Slice", ["pool_shape", "s0", "s2", "s0"], ["bc"]),
        helper.make_node("Concat", ["bc", "minus1"], ["flat_shape"], axis=0),
        helper.make_node("Reshape", ["pool", "flat_shape"], ["flat"]),
        helper.make_node("Transpose", ["flat"], ["patches"], perm=[0, 2, 1]),
        helper.make_node("MatMul", ["patches", "enc_proj"], ["last_hidden_state"]),
    ]
    inits = [const("enc_proj", w["enc_proj"]), const("s0", np.array([0], dtype=np.int64)),
             const("s2", np.array([2], dtype=np.int64)), const("minus1", np.array([-1], dtype=np.int64))]
    save(helper.make_graph(nodes, "vit_encoder", [
        helper.make_tensor_value_info("pixel_values", TensorProto.FLOAT,
                                      ["batch_size", "num_channels", "height", "width"])],
        [helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT,
                                       ["batch_size", "encoder_sequence_length", HIDDEN])], inits),
        os.path.join(dst, "onnx", "encoder_model.onnx"))


def encoder_numpy(pixels, w):
    b = pixels.shape[0]
    p = pixels.reshape(b, 3, 14, 16, 14, 16).mean(axis=(3, 5), dtype=np.float64).astype(np.float32)
    return (p.reshape(b, 3, 196).transpose(0, 2, 1) @ w["enc_proj"]).astype(np.float32)


def make_decoder(path, w, with_past):
    v = w["dec_emb"].shape[0]
    past_dims = ["batch_size", N_HEADS, "past_sequence_length", HEAD_DIM]
    present_dims = ["batch_size", N_HEADS, "past_sequence_length + 1", HEAD_DIM]
    inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch_size", "decoder_sequence_length"]),
              helper.make_tensor_value_info("encoder_hidden_states", TensorProto.FLOAT,
                                            ["batch_size", "encoder_sequence_length", HIDDEN])]
    nodes = [
        helper.make_node("Gather", ["dec_emb", "input_ids"], ["x"], axis=0),
        helper.make_node("Tile", ["x", "tile_reps"], ["x_tiled"]),
        helper.make_node("Reshape", ["x_tiled", "heads_shape"], ["x_heads"]),
        helper.make_node("Transpose", ["x_heads"], ["k_new"], perm=[0, 2, 1, 3]),
        helper.make_node("Mul", ["k_new", "half"], ["v_new"]),
    ]
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT,
                                             ["batch_size", "decoder_sequence_length", GPT2_VOCAB])]
    for i in range(N_LAYERS):
        for kind, new in (("key", "k_new"), ("value", "v_new")):
            if with_past:
                inputs.append(helper.make_tensor_value_info(f"past_key_values.{i}.{kind}", TensorProto.FLOAT, past_dims))
                nodes.append(helper.make_node("Concat", [f"past_key_values.{i}.{kind}", new], [f"present.{i}.{kind}"],
                                              axis=2))
            else:
                nodes.append(helper.make_node("Identity", [new], [f"present.{i}.{kind}"]))
            outputs.append(helper.make_tensor_value_info(f"present.{i}.{kind}", TensorProto.FLOAT,
                                                         present_dims if with_past else
                                                         ["batch_size", N_HEADS, "decoder_sequence_length", HEAD_DIM]))
    if with_past:
        inputs.append(helper.make_tensor_value_info("use_cache_branch", TensorProto.BOOL, [1]))
    nodes += [
        # running sums over all positions (past and new) of present.0.key and present.11.value, last s positions
        helper.make_node("CumSum", ["present.0.key", "axis2"], ["cs_k"]),
        helper.make_node("CumSum", [f"present.{N_LAYERS - 1}.value", "axis2"], ["cs_v"]),
        helper.make_node("Add", ["cs_k", "cs_v"], ["cs"]),
        helper.make_node("Shape", ["input_ids"], ["ids_shape"]),
        helper.make_node("Slice", ["ids_shape", "s1", "s2"], ["s_len"]),
        helper.make_node("Neg", ["s_len"], ["neg_s"]),
        helper.make_node("Slice", ["cs", "neg_s", "big", "s2"], ["cs_last"]),
        helper.make_node("Slice", ["cs_last", "s00", "s14", "s13"], ["cs_h0"]),
        helper.make_node("Squeeze", ["cs_h0", "s1"], ["ctx"]),
        helper.make_node("ReduceMean", ["encoder_hidden_states"], ["enc_mean"], axes=[1], keepdims=1),
        helper.make_node("Slice", ["enc_mean", "s0", "s4", "s2"], ["enc4"]),
        helper.make_node("Mul", ["enc4", "enc_scale"], ["enc4s"]),
        helper.make_node("Add", ["ctx", "x"], ["h1"]),
        helper.make_node("Add", ["h1", "enc4s"], ["h"]),
        helper.make_node("MatMul", ["h", "dec_out"], ["small"]),
        helper.make_node("Add", ["small", "dec_bias"], ["small_b"]),
        helper.make_node("Pad", ["small_b", "pads", "pad_value"], ["logits"], mode="constant"),
    ]
    inits = [const("dec_emb", w["dec_emb"]), const("dec_out", w["dec_out"]), const("dec_bias", w["dec_bias"]),
             const("tile_reps", np.array([1, 1, HIDDEN // 4], dtype=np.int64)),
             const("heads_shape", np.array([0, 0, N_HEADS, HEAD_DIM], dtype=np.int64)),
             const("half", np.array(0.5, dtype=np.float32)), const("axis2", np.array(2, dtype=np.int64)),
             const("s0", np.array([0], dtype=np.int64)), const("s1", np.array([1], dtype=np.int64)),
             const("s2", np.array([2], dtype=np.int64)), const("s4", np.array([4], dtype=np.int64)),
             const("big", np.array([1 << 40], dtype=np.int64)), const("s00", np.array([0, 0], dtype=np.int64)),
             const("s14", np.array([1, 4], dtype=np.int64)), const("s13", np.array([1, 3], dtype=np.int64)),
             const("enc_scale", np.array(w["enc_scale"], dtype=np.float32)),
             const("pads", np.array([0, 0, 0, 0, 0, GPT2_VOCAB - v], dtype=np.int64)),
             const("pad_value", np.array(-10000.0, dtype=np.float32))]
    save(helper.make_graph(nodes, "gpt2_decoder", inputs, outputs, inits), path)


def decoder_logits_numpy(ids, enc, w):
    """Last-position logits (tiny vocabulary only) of the decoder for a full sequence, no cache."""
    x = w["dec_emb"][np.asarray(ids)]                       # [s,4]
    ctx = np.cumsum(x * 1.5, axis=0, dtype=np.float32)     # key (x) + value (x/2), running sum
    e = enc.mean(axis=0, dtype=np.float32)[:4] * np.float32(w["enc_scale"])
    h = (ctx[-1] + x[-1] + e).astype(np.float32)
    return (h @ w["dec_out"] + w["dec_bias"]).astype(np.float64)


def log_softmax(z):
    z = z - z.max()
    return z - np.log(np.exp(z).sum())


def greedy(enc, w, start, eos, max_length):
    seq, margins = [start], []
    while len(seq) < max_length:
        z = decoder_logits_numpy(seq, enc, w)
        top = np.sort(z)[-2:]
        margins.append(top[1] - top[0])
        seq.append(int(np.argmax(z)))
        if seq[-1] == eos:
            return seq[1:-1], min(margins)
    return seq[1:], min(margins)


def beam_search(enc, w, start, eos, num_beams, max_length, length_penalty=1.0):
    """transformers' BeamSearchScorer (early_stopping=False) on one image."""
    beams, finished, cur_len, done, gaps = [([start], 0.0)], [], 1, False, []
    while cur_len < max_length:
        cands = []
        for bi, (seq, score) in enumerate(beams):
            lp = log_softmax(decoder_logits_numpy(seq, enc, w))
            cands += [(score + lp[t], bi, t) for t in range(len(lp))]
        cands.sort(key=lambda c: -c[0])
        gaps.append(min(cands[i][0] - cands[i + 1][0] for i in range(2 * num_beams)))
        top = cands[:2 * num_beams]
        new = []
        for rank, (score, bi, tok) in enumerate(top):
            if tok == eos:
                if rank >= num_beams:
                    continue
                add_hyp(finished, num_beams, score / (cur_len ** length_penalty), beams[bi][0])
            else:
                new.append((beams[bi][0] + [tok], score))
            if len(new) == num_beams:
                break
        if len(finished) >= num_beams and min(f[0] for f in finished) >= top[0][0] / cur_len ** length_penalty:
            done = True
        beams = new
        cur_len += 1
        if done:
            break
    if not done:
        for seq, score in beams:
            add_hyp(finished, num_beams, score / (len(seq) ** length_penalty), seq)
    best = max(finished, key=lambda f: f[0])
    return best[1][1:], min(gaps)


def add_hyp(finished, num_beams, score, seq):
    if len(finished) < num_beams or score > min(f[0] for f in finished):
        finished.append((score, list(seq)))
        if len(finished) > num_beams:
            finished.remove(min(finished, key=lambda f: f[0]))


EOS_BIAS = float(os.environ.get("EOS_BIAS", "-3.0"))


def make_vit_gpt2(dst, seed_offset):
    rng = np.random.default_rng(7 + seed_offset)
    vocab, merges = gpt2_vocab_and_merges()
    v, eos = len(vocab), vocab["<|endoftext|>"]
    bias = np.full(v, -30.0, dtype=np.float32)
    for word in GPT2_WORDS:
        bias[vocab[word]] = rng.uniform(0.0, 1.0)
    bias[eos] = EOS_BIAS
    w = {"enc_proj": rng.normal(size=(3, HIDDEN)).astype(np.float32),
         "dec_emb": (0.5 * rng.normal(size=(v, 4))).astype(np.float32),
         "dec_out": (0.5 * rng.normal(size=(4, v))).astype(np.float32), "dec_bias": bias, "enc_scale": 2.0}
    # dimension 3 counts positions (every token adds 0.3 to the running sum); only EOS reads it, so EOS
    # becomes likelier as the caption grows
    w["dec_emb"][:, 3] = 0.3
    w["dec_out"][3, :] = 0.0
    w["dec_out"][3, eos] = 1.0
    make_encoder(dst, w)
    make_decoder(os.path.join(dst, "onnx", "decoder_model_merged.onnx"), w, True)
    make_decoder(os.path.join(dst, "onnx", "decoder_model.onnx"), w, False)
    with open(os.path.join(dst, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(gpt2_tokenizer_json(vocab, merges), f, ensure_ascii=False, indent=1)
    ids = {"bos_token_id": eos, "decoder_start_token_id": eos, "eos_token_id": eos, "pad_token_id": eos}
    write_json(os.path.join(dst, "generation_config.json"), dict(ids, transformers_version="4.33.0.dev0"))
    write_json(os.path.join(dst, "config.json"), dict(ids, **{
        "architectures": ["VisionEncoderDecoderModel"], "model_type": "vision-encoder-decoder",
        "is_encoder_decoder": True, "tie_word_embeddings": False,
        "encoder": {"model_type": "vit", "image_size": 224, "patch_size": 16, "hidden_size": HIDDEN,
                    "num_hidden_layers": N_LAYERS, "num_attention_heads": N_HEADS},
        "decoder": {"model_type": "gpt2", "vocab_size": GPT2_VOCAB, "n_embd": HIDDEN, "n_layer": N_LAYERS,
                    "n_head": N_HEADS, "n_positions": 1024, "add_cross_attention": True, "is_decoder": True,
                    "bos_token_id": 50256, "eos_token_id": 50256}}))
    write_json(os.path.join(dst, "preprocessor_config.json"), {
        "do_normalize": True, "do_rescale": True, "do_resize": True, "feature_extractor_type": "ViTFeatureExtractor",
        "image_processor_type": "ViTFeatureExtractor", "image_mean": [0.5, 0.5, 0.5], "image_std": [0.5, 0.5, 0.5],
        "resample": 2, "rescale_factor": 0.00392156862745098, "size": {"height": 224, "width": 224}})
    return vocab, w, eos


def pixels(image_name, config_name):
    import make_preprocess_references as ref
    img = Image.open(os.path.join(IMAGES, image_name))
    return ref.to_tensor(ref.resize_and_crop(img, ref.CONFIGS[config_name]), ref.CONFIGS[config_name])


def main():
    import sys
    sys.path.insert(0, HERE)
    images = ["animals-003.png", "buildings-010.png", "synthetic-rgba.png"]
    clip_dir = os.path.join(OUT, "clip")
    vocab, w = make_clip(clip_dir)
    expected = clip_expected(vocab, w, {n: pixels(n, "clip") for n in images})
    write_json(os.path.join(clip_dir, "expected.json"), expected)

    cap_dir = os.path.join(OUT, "vit-gpt2")
    gvocab, gw, eos = make_vit_gpt2(cap_dir, int(os.environ.get("SEED", "1")))
    out = {"images": images, "greedy_max_length": 20, "beam_num_beams": 3, "beam_max_length": 12,
           "greedy_ids": [], "greedy_captions": [], "beam_ids": [], "beam_captions": []}
    for n in images:
        enc = encoder_numpy(pixels(n, "vit"), gw)[0]
        g, gm = greedy(enc, gw, eos, eos, 20)
        b, bm = beam_search(enc, gw, eos, eos, 3, 12)
        print(n, "greedy", g, "margin %.4f" % gm, "| beam", b, "gap %.5f" % bm)
        out["greedy_ids"].append(g)
        out["greedy_captions"].append(gpt2_decode(g, gvocab))
        out["beam_ids"].append(b)
        out["beam_captions"].append(gpt2_decode(b, gvocab))
    print(json.dumps(out["greedy_captions"]), json.dumps(out["beam_captions"]))
    write_json(os.path.join(cap_dir, "expected.json"), out)


if __name__ == "__main__":
    main()
