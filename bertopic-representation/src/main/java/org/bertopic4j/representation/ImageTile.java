package org.bertopic4j.representation;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the picture of a topic from its images (BERTopic's {@code get_concat_tile_resize}): images in
 * rows of three; each image first brought to a common size (squares of {@code height/3}, or by the
 * smallest width/height of the set keeping the aspect ratio); every image of a row then resized to the
 * row's tallest height (keeping aspect; upstream computes this height but never applies it, see
 * docs/differences.md); rows stacked after resizing each to the widest row; the whole
 * tile finally scaled to {@code height} pixels high. Canvases are white RGB, transparency is drawn over white.
 */
final class ImageTile {
    private static final int PER_ROW = 3;

    private ImageTile() {
    }

    /** The tile of some images (at least one). */
    static BufferedImage build(List<BufferedImage> images, int height, boolean squares) {
        List<BufferedImage> sized = new ArrayList<>(images.size());
        if (squares) {
            int side = Math.max(1, height / PER_ROW);
            images.forEach(im -> sized.add(resize(im, side, side, true)));
        } else {
            int minW = images.stream().mapToInt(BufferedImage::getWidth).min().orElseThrow();
            int minH = images.stream().mapToInt(BufferedImage::getHeight).min().orElseThrow();
            for (BufferedImage im : images) {
                int w = im.getWidth();
                int h = im.getHeight();
                if (h > w) {
                    sized.add(resize(im, scaled(w, minH, h), minH, false));
                } else if (w > h) {
                    sized.add(resize(im, minW, scaled(h, minW, w), false));
                } else {
                    sized.add(resize(im, minW, minW, true));
                }
            }
        }
        List<BufferedImage> rows = new ArrayList<>();
        for (int i = 0; i < sized.size(); i += PER_ROW) {
            rows.add(row(sized.subList(i, Math.min(sized.size(), i + PER_ROW))));
        }
        BufferedImage grid = column(rows);
        return resize(grid, scaled(grid.getWidth(), height, grid.getHeight()), height, true);
    }

    /** Images side by side, each resized to the tallest height of the row. */
    private static BufferedImage row(List<BufferedImage> images) {
        int target = images.stream().mapToInt(BufferedImage::getHeight).max().orElseThrow();
        List<BufferedImage> resized = images.stream()
                .map(im -> resize(im, scaled(im.getWidth(), target, im.getHeight()), target, false)).toList();
        BufferedImage out = canvas(resized.stream().mapToInt(BufferedImage::getWidth).sum(), target);
        Graphics2D g = out.createGraphics();
        int x = 0;
        for (BufferedImage im : resized) {
            g.drawImage(im, x, 0, null);
            x += im.getWidth();
        }
        g.dispose();
        return out;
    }

    /** Rows stacked, each resized to the widest row. */
    private static BufferedImage column(List<BufferedImage> rows) {
        int target = rows.stream().mapToInt(BufferedImage::getWidth).max().orElseThrow();
        List<BufferedImage> resized = rows.stream()
                .map(im -> resize(im, target, scaled(im.getHeight(), target, im.getWidth()), false)).toList();
        BufferedImage out = canvas(target, resized.stream().mapToInt(BufferedImage::getHeight).sum());
        Graphics2D g = out.createGraphics();
        int y = 0;
        for (BufferedImage im : resized) {
            g.drawImage(im, 0, y, null);
            y += im.getHeight();
        }
        g.dispose();
        return out;
    }

    /** {@code value * numerator / denominator} truncated as Python's {@code int()}, at least 1. */
    private static int scaled(int value, int numerator, int denominator) {
        return Math.max(1, (int) ((double) value * numerator / denominator));
    }

    private static BufferedImage canvas(int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return out;
    }

    /** A resized RGB copy on white: nearest neighbour (upstream's {@code resample=0}) or bicubic. */
    private static BufferedImage resize(BufferedImage image, int width, int height, boolean smooth) {
        BufferedImage out = canvas(width, height);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, smooth
                ? RenderingHints.VALUE_INTERPOLATION_BICUBIC : RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }
}
