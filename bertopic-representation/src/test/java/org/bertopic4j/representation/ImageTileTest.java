package org.bertopic4j.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tile layout, on solid-colour images whose sizes make every step checkable by hand: a portrait
 * 100x200 (red), a landscape 200x100 (green) and a square 150x150 (blue). Smallest width and height
 * are 100: red -> 50x100, green -> 100x50, blue -> 100x100. The row's tallest height is 100, so green
 * is resized to 200x100 (upstream pastes it at 100x50, leaving white below it): row 350x100, then the
 * tile is scaled to 600 high: 2100x600.
 */
class ImageTileTest {

    private static BufferedImage solid(int w, int h, Color c) {
        BufferedImage im = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = im.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return im;
    }

    private static final List<BufferedImage> THREE = List.of(solid(100, 200, Color.RED), solid(200, 100, Color.GREEN),
            solid(150, 150, Color.BLUE));

    @Test
    void everyImageOfARowIsResizedToTheRowHeight() {
        BufferedImage tile = ImageTile.build(THREE, 600, false);
        assertEquals(2100, tile.getWidth());
        assertEquals(600, tile.getHeight());
        int greenX = 300 + 600;
        assertEquals(Color.GREEN.getRGB(), tile.getRGB(greenX, 20));
        assertEquals(Color.GREEN.getRGB(), tile.getRGB(greenX, 580), "green must fill the row height (upstream no-op bug)");
        assertEquals(Color.RED.getRGB(), tile.getRGB(150, 300));
        assertEquals(Color.BLUE.getRGB(), tile.getRGB(1800, 300));
    }

    @Test
    void rowsOfThreeAreStackedAtTheWidestRowWidth() {
        List<BufferedImage> four = List.of(THREE.get(0), THREE.get(1), THREE.get(2), solid(100, 100, Color.BLACK));
        BufferedImage tile = ImageTile.build(four, 600, false);
        // row 1: 350x100; row 2: the black square, 100x100 -> resized to 350x350; grid 350x450 -> 466x600
        assertEquals(600, tile.getHeight());
        assertEquals((int) (350 * 600.0 / 450), tile.getWidth());
        assertEquals(Color.BLACK.getRGB(), tile.getRGB(tile.getWidth() / 2, 400));
    }

    @Test
    void squaresAreImageHeightOverThreeEach() {
        BufferedImage tile = ImageTile.build(THREE, 600, true);
        assertEquals(600, tile.getHeight());
        assertEquals(1800, tile.getWidth());
        assertEquals(Color.GREEN.getRGB(), tile.getRGB(900, 590));
    }
}
