package org.bertopic4j.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One example run on the bundled data and the report page it wrote, parsed as XML (the report is
 * well-formed XHTML-compatible HTML5), with what the run printed.
 */
final class ReportPage {
    final String stdout;
    private final Document doc;

    private ReportPage(String stdout, Document doc) {
        this.stdout = stdout;
        this.doc = doc;
    }

    /** Runs an example with the bundled sample, seed 42, writing into {@code dir}. */
    static ReportPage run(BiFunction<ExampleOptions, PrintStream, Path> example, Path dir) throws Exception {
        Path out = dir.resolve("report.html");
        ExampleOptions options = ExampleOptions.parse(new String[] {"--out", out.toString(), "--seed", "42"},
                Path.of("unused.html"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Path written;
        try (PrintStream ps = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            written = example.apply(options, ps);
        }
        assertTrue(Files.isRegularFile(out) && written.equals(out), "the report is written to --out: " + written);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(out.toFile());
        return new ReportPage(printed.toString(StandardCharsets.UTF_8), doc);
    }

    /** The topic ids in the report's topic-info table, in table order ({@code -1} included). */
    List<Integer> tableTopics() {
        return texts("//table[@class='info']/tbody/tr/td[1]").stream().map(String::strip).map(Integer::valueOf)
                .toList();
    }

    /** The text of every node the XPath selects. */
    List<String> texts(String xpath) {
        return nodes(xpath).stream().map(Node::getTextContent).toList();
    }

    /** The number of nodes the XPath selects. */
    int count(String xpath) {
        return nodes(xpath).size();
    }

    private List<Node> nodes(String xpath) {
        try {
            NodeList list = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
            List<Node> out = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                out.add(list.item(i));
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError("bad xpath " + xpath, e);
        }
    }
}
