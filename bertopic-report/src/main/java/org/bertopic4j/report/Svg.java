package org.bertopic4j.report;

import java.util.Locale;
import org.owasp.encoder.Encode;

/**
 * A small builder for inline SVG: every text node and attribute value goes through the OWASP
 * encoder ({@code forXml}/{@code forXmlAttribute}), numbers are written with a fixed locale and two
 * decimals so the output is byte-for-byte reproducible.
 */
final class Svg {
    /** BERTopic's barchart palette (visualize_barchart). */
    static final String[] BARCHART_PALETTE = {"#D55E00", "#0072B2", "#CC79A7", "#E69F00", "#56B4E9", "#009E73",
        "#F0E442"};
    /** Colour of the outlier topic in BERTopic's document maps. */
    static final String OUTLIER_COLOUR = "#CFD8DC";
    /** A 20-colour qualitative palette for topics (the Okabe-Ito colours first, as in the barchart). */
    static final String[] TOPIC_PALETTE = {"#D55E00", "#0072B2", "#CC79A7", "#E69F00", "#56B4E9", "#009E73",
        "#F0E442", "#000000", "#8C564B", "#7F7F7F", "#BCBD22", "#17BECF", "#1F77B4", "#FF7F0E", "#2CA02C",
        "#D62728", "#9467BD", "#E377C2", "#AEC7E8", "#98DF8A"};

    private final StringBuilder sb = new StringBuilder();

    /** Opens an {@code <svg>} element of the given size with an accessible label. */
    Svg(double width, double height, String label) {
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" aria-label=\"").append(Encode.forXmlAttribute(label)).append("\">");
    }

    /** The colour of a topic in maps: grey for outliers, else the palette cycled. */
    static String topicColour(int topic) {
        return topic < 0 ? OUTLIER_COLOUR : TOPIC_PALETTE[topic % TOPIC_PALETTE.length];
    }

    /** A filled rectangle with an optional hover title. */
    Svg rect(double x, double y, double w, double h, String fill, String title) {
        sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(Math.max(w, 0))).append("\" height=\"").append(num(Math.max(h, 0))).append("\" fill=\"")
                .append(Encode.forXmlAttribute(fill)).append('"');
        return closeWithTitle("rect", title);
    }

    /** A circle with an optional hover title. */
    Svg circle(double cx, double cy, double r, String fill, double opacity, String title) {
        sb.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
                .append("\" fill=\"").append(Encode.forXmlAttribute(fill)).append("\" fill-opacity=\"")
                .append(num(opacity)).append('"');
        return closeWithTitle("circle", title);
    }

    /** A straight line. */
    Svg line(double x1, double y1, double x2, double y2, String stroke, double width) {
        sb.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(Encode.forXmlAttribute(stroke))
                .append("\" stroke-width=\"").append(num(width)).append("\"/>");
        return this;
    }

    /** A polyline through the given x, y pairs. */
    Svg polyline(double[] xy, String stroke, double width) {
        sb.append("<polyline fill=\"none\" stroke=\"").append(Encode.forXmlAttribute(stroke))
                .append("\" stroke-width=\"").append(num(width)).append("\" points=\"");
        for (int i = 0; i < xy.length; i += 2) {
            sb.append(i == 0 ? "" : " ").append(num(xy[i])).append(',').append(num(xy[i + 1]));
        }
        sb.append("\"/>");
        return this;
    }

    /** A text element; {@code anchor} is start, middle or end. */
    Svg text(double x, double y, String text, String anchor, double size, boolean bold) {
        sb.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"")
                .append(Encode.forXmlAttribute(anchor)).append("\" font-size=\"").append(num(size)).append('"')
                .append(bold ? " font-weight=\"bold\"" : "").append('>').append(Encode.forXml(text)).append("</text>");
        return this;
    }

    /** A text element rotated to run upwards from its anchor point (column labels). */
    Svg risingText(double x, double y, String text, double size) {
        sb.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"")
                .append(num(size)).append("\" transform=\"rotate(-90 ").append(num(x)).append(' ').append(num(y))
                .append(")\">").append(Encode.forXml(text)).append("</text>");
        return this;
    }

    /** Closes the element and returns the markup. */
    String end() {
        return sb.append("</svg>").toString();
    }

    private Svg closeWithTitle(String element, String title) {
        if (title == null) {
            sb.append("/>");
        } else {
            sb.append("><title>").append(Encode.forXml(title)).append("</title></").append(element).append('>');
        }
        return this;
    }

    /** A number with at most two decimals, locale-independent. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("non-finite SVG coordinate " + v);
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        if (s.endsWith(".00")) {
            s = s.substring(0, s.length() - 3);
        }
        return "-0".equals(s) ? "0" : s;
    }
}
