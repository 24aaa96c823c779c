"""Reference pixel tensors for ImagePreprocessorTest, computed with PIL + numpy exactly as transformers'
PIL-based image processors (CLIPImageProcessor, ViTImageProcessor) do.

Run once by hand (CI does not run it):  /usr/bin/python3 make_preprocess_references.py <openclipart images dir>
Needs Pillow and numpy. Writes into ../resources/preprocess/.
"""
import json
import math
import os
import sys

import numpy as np
from PIL import Image

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "preprocess")

CONFIGS = {
    "clip": {"crop_size": {"height": 224, "width": 224}, "do_center_crop": True, "do_convert_rgb": True,
             "do_normalize": True, "do_rescale": True, "do_resize": True,
             "feature_extractor_type": "CLIPFeatureExtractor", "image_processor_type": "CLIPFeatureExtractor",
             "image_mean": [0.48145466, 0.4578275, 0.40821073],
             "image_std": [0.26862954, 0.26130258, 0.27577711], "resample": 3,
             "rescale_factor": 0.00392156862745098, "size": {"shortest_edge": 224}},
    "clip-legacy": {"crop_size": 224, "do_center_crop": True, "do_normalize": True, "do_resize": True,
                    "feature_extractor_type": "CLIPFeatureExtractor",
                    "image_mean": [0.48145466, 0.4578275, 0.40821073],
                    "image_std": [0.26862954, 0.26130258, 0.27577711], "resample": 3, "size": 224},
    "vit": {"do_normalize": True, "do_rescale": True, "do_resize": True,
            "feature_extractor_type": "ViTFeatureExtractor", "image_processor_type": "ViTFeatureExtractor",
            "image_mean": [0.5, 0.5, 0.5], "image_std": [0.5, 0.5, 0.5], "resample": 2,
            "rescale_factor": 0.00392156862745098, "size": {"height": 224, "width": 224}},
    "odd": {"image_processor_type": "CLIPImageProcessor", "do_resize": True, "size": {"shortest_edge": 61},
            "resample": 3, "do_center_crop": True, "crop_size": {"height": 45, "width": 70},
            "do_normalize": True, "image_mean": [0.1, 0.2, 0.3], "image_std": [0.9, 0.8, 0.7]},
    "mobilenet": {"image_processor_type": "ViTImageProcessor", "do_convert_rgb": True, "do_resize": True,
                  "size": {"height": 224, "width": 224}, "resample": 2, "do_center_crop": False,
                  "do_rescale": True, "rescale_factor": 0.00392156862745098, "do_normalize": False,
                  "input_name": "input", "input_layout": "NHWC", "output_name": "features"},
}


def size_of(cfg):
    """(mode, a, b): ("short", n) or ("fixed", h, w), as transformers' get_size_dict decides."""
    s = cfg["size"]
    kind = (cfg.get("image_processor_type", "") + cfg.get("feature_extractor_type", "")).upper()
    if isinstance(s, int):
        return ("short", s) if "CLIP" in kind else ("fixed", s, s)
    if "shortest_edge" in s:
        return ("short", s["shortest_edge"])
    return ("fixed", s["height"], s["width"])


def crop_of(cfg):
    c = cfg.get("crop_size")
    if c is None:
        return None
    return (c, c) if isinstance(c, int) else (c["height"], c["width"])


def resize_and_crop(img, cfg):
    """uint8 H x W x 3 after convert_rgb, resize and center_crop (transformers.image_transforms)."""
    img = img.convert("RGB")
    if cfg.get("do_resize", True):
        s = size_of(cfg)
        w, h = img.size
        if s[0] == "short":
            short, long = (w, h) if w <= h else (h, w)
            if short == s[1]:
                nh, nw = h, w
            else:
                new_short, new_long = s[1], int(s[1] * long / short)
                nh, nw = (new_long, new_short) if w <= h else (new_short, new_long)
        else:
            nh, nw = s[1], s[2]
        img = img.resize((nw, nh), resample=cfg.get("resample", 2), reducing_gap=None)
    arr = np.array(img)
    crop = crop_of(cfg)
    if cfg.get("do_center_crop", crop is not None):
        ch, cw = crop
        oh, ow = arr.shape[:2]
        top, left = (oh - ch) // 2, (ow - cw) // 2
        if top >= 0 and left >= 0 and top + ch <= oh and left + cw <= ow:
            arr = arr[top:top + ch, left:left + cw]
        else:
            nh, nw = max(ch, oh), max(cw, ow)
            padded = np.zeros((nh, nw, 3), dtype=arr.dtype)
            tp, lp = math.ceil((nh - oh) / 2), math.ceil((nw - ow) / 2)
            padded[tp:tp + oh, lp:lp + ow] = arr
            top, left = top + tp, left + lp
            arr = padded[max(0, top):min(nh, top + ch), max(0, left):min(nw, left + cw)]
    return np.ascontiguousarray(arr)


def to_tensor(arr, cfg):
    x = arr
    if cfg.get("do_rescale", True):
        x = (x.astype(np.float64) * cfg.get("rescale_factor", 1 / 255)).astype(np.float32)
    if cfg.get("do_normalize", "image_mean" in cfg):
        x = x.astype(np.float32)
        x = (x - np.array(cfg["image_mean"], dtype=np.float32)) / np.array(cfg["image_std"], dtype=np.float32)
    x = x.astype(np.float32)
    if cfg.get("input_layout", "NCHW") == "NCHW":
        x = x.transpose(2, 0, 1)
    return np.ascontiguousarray(x[None])


def synthetic_images():
    rgba = Image.new("RGBA", (301, 173))
    px = rgba.load()
    for y in range(173):
        for x in range(301):
            px[x, y] = ((x * 7 + y) % 256, (y * 5) % 256, (x * y) % 256, (x + 3 * y) % 256)
    grey = Image.new("L", (150, 407))
    gp = grey.load()
    for y in range(407):
        for x in range(150):
            gp[x, y] = int(127.5 + 127.5 * math.sin(x / 9.0) * math.cos(y / 13.0))
    tiny = Image.new("RGB", (20, 13))
    tp = tiny.load()
    for y in range(13):
        for x in range(20):
            tp[x, y] = (x * 12, y * 19, 255 - x * 6 - y * 3)
    return {"synthetic-rgba.png": rgba, "synthetic-grey.png": grey, "synthetic-tiny.png": tiny}


def main(src):
    os.makedirs(OUT, exist_ok=True)
    images = synthetic_images()
    for name in ("animals-003.jpg", "buildings-010.jpg"):
        images[name.replace(".jpg", ".png")] = Image.open(os.path.join(src, name)).convert("RGB")
    for name, img in images.items():
        img.save(os.path.join(OUT, name))
    for cname in ("clip", "vit", "odd"):
        for name in images:
            arr = resize_and_crop(Image.open(os.path.join(OUT, name)), CONFIGS[cname])
            # lossless PNG of the uint8 H x W x 3 array after resize and crop
            Image.fromarray(arr, "RGB").save(os.path.join(OUT, f"{cname}--{name[:-4]}.expected.png"))
    for cname, cfg in CONFIGS.items():
        with open(os.path.join(OUT, f"{cname}.json"), "w") as f:
            json.dump(cfg, f, indent=1)
    # Float tensors, end to end: CLIP from a JPEG (includes JPEG decoding), MobileNet (NHWC) from a PNG.
    jpeg = "tools-007.jpg"
    with open(os.path.join(src, jpeg), "rb") as f, open(os.path.join(OUT, jpeg), "wb") as g:
        g.write(f.read())
    np.save(os.path.join(OUT, "clip--tools-007.float32.npy"),
            to_tensor(resize_and_crop(Image.open(os.path.join(OUT, jpeg)), CONFIGS["clip"]), CONFIGS["clip"]))
    np.save(os.path.join(OUT, "mobilenet--animals-003.float32.npy"),
            to_tensor(resize_and_crop(Image.open(os.path.join(OUT, "animals-003.png")), CONFIGS["mobilenet"]),
                      CONFIGS["mobilenet"]))
    np.save(os.path.join(OUT, "odd--synthetic-rgba.float32.npy"),
            to_tensor(resize_and_crop(Image.open(os.path.join(OUT, "synthetic-rgba.png")), CONFIGS["odd"]),
                      CONFIGS["odd"]))


if __name__ == "__main__":
    main(sys.argv[1])
