package org.bertopic4j.report;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The report page parsed as XML (the report writes well-formed XHTML-compatible HTML5), so tests can
 * count elements by XPath and inspect every element and attribute the browser will see.
 */
final class XmlPage {
    private final Document doc;

    XmlPage(String html) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the page is not well-formed: " + e.getMessage(), e);
        }
    }

    int count(String xpath) {
        return nodes(xpath).size();
    }

    List<Node> nodes(String xpath) {
        try {
            NodeList list = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc,
                    XPathConstants.NODESET);
            List<Node> out = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                out.add(list.item(i));
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError("bad xpath " + xpath, e);
        }
    }

    List<String> texts(String xpath) {
        return nodes(xpath).stream().map(Node::getTextContent).toList();
    }
}
