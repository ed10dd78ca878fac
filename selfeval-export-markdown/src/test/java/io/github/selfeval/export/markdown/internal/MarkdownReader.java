package io.github.selfeval.export.markdown.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Reads an exported document back with a real CommonMark parser (commonmark-java with GitHub tables):
 * headings, paragraphs and table cells as the text a reader sees, escapes resolved.
 */
final class MarkdownReader {

    /** Node types the exporter never writes: finding one means user text was taken for syntax. */
    static final Set<Class<? extends Node>> NEVER_WRITTEN = Set.of(Emphasis.class, StrongEmphasis.class, Link.class,
            Image.class, Code.class, HtmlInline.class, FencedCodeBlock.class, IndentedCodeBlock.class,
            BlockQuote.class, ThematicBreak.class);

    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final Node document;

    MarkdownReader(byte[] markdown) {
        this.document = PARSER.parse(new String(markdown, StandardCharsets.UTF_8));
    }

    /** A table: header cells and body rows, as text. */
    record Table(List<String> header, List<List<String>> rows) {
    }

    /** Every table, in document order. */
    List<Table> tables() {
        List<Table> tables = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof TableBlock t) {
                List<String> header = List.of();
                List<List<String>> rows = new ArrayList<>();
                for (Node part = t.getFirstChild(); part != null; part = part.getNext()) {
                    for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                        if (row instanceof TableRow) {
                            List<String> cells = cells(row);
                            if (part instanceof TableHead) {
                                header = cells;
                            } else if (part instanceof TableBody) {
                                rows.add(cells);
                            }
                        }
                    }
                }
                tables.add(new Table(header, rows));
            }
        }
        return tables;
    }

    /** The table whose header starts with these labels. */
    Table table(String... firstLabels) {
        return tables().stream()
                .filter(t -> t.header().size() >= firstLabels.length
                        && t.header().subList(0, firstLabels.length).equals(List.of(firstLabels)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table with header " + List.of(firstLabels)));
    }

    /** Headings as {@code level + " " + text}, in order. */
    List<String> headings() {
        List<String> out = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                out.add(h.getLevel() + " " + text(h));
            }
        }
        return out;
    }

    /** Top-level paragraphs' text, in order. */
    List<String> paragraphs() {
        List<String> out = new ArrayList<>();
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Paragraph) {
                out.add(text(n));
            }
        }
        return out;
    }

    /** The text of every list item, in order. */
    List<String> listItems() {
        List<String> out = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.ListItem item) {
                out.add(text(item));
            }
        });
        return out;
    }

    /** The nodes of the given kinds anywhere in the document. */
    List<Node> find(Set<Class<? extends Node>> kinds) {
        List<Node> found = new ArrayList<>();
        walk(document, kinds, found);
        return found;
    }

    private static void walk(Node n, Set<Class<? extends Node>> kinds, List<Node> found) {
        if (kinds.contains(n.getClass())) {
            found.add(n);
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            walk(c, kinds, found);
        }
    }

    private static List<String> cells(Node row) {
        List<String> cells = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell) {
                cells.add(text(c));
            }
        }
        return cells;
    }

    /** What a reader sees: text with escapes resolved, line breaks as {@code \n}. */
    static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }

            @Override
            public void visit(Code code) {
                sb.append(code.getLiteral());
            }

            @Override
            public void visit(HtmlInline html) {
                sb.append(html.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak b) {
                sb.append('\n');
            }

            @Override
            public void visit(HardLineBreak b) {
                sb.append('\n');
            }

            @Override
            public void visit(Paragraph p) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                visitChildren(p);
            }
        });
        return sb.toString();
    }
}
