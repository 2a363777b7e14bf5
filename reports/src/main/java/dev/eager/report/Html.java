package dev.eager.report;

import java.util.List;

/**
 * The page's HTML: escaping, tables, figures, and the page itself as a list of sections, so that a
 * new part of the report is one more {@link Section}.
 */
final class Html {
    private Html() {
    }

    /** One part of the page: an anchor, a heading and a body that is never empty. */
    record Section(String id, String title, String body) {
        Section {
            if (body == null || body.isBlank()) {
                throw new IllegalArgumentException("section '" + id + "' has no content: leave it out instead");
            }
        }
    }

    static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The CSS class of a verdict, coloured in the page's style sheet. */
    static String verdictClass(Verdict verdict) {
        return switch (verdict) {
            case PAYS_ONCE -> "once";
            case PAYS_PER_LAYER -> "per-layer";
            case INCONCLUSIVE -> "inconclusive";
        };
    }

    /** A table of text cells (escaped) under a header row. */
    static String table(List<String> header, List<List<String>> rows) {
        StringBuilder h = new StringBuilder("<table><tr>");
        header.forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
        h.append("</tr>\n");
        for (List<String> row : rows) {
            h.append("<tr>");
            row.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
            h.append("</tr>\n");
        }
        return h.append("</table>\n").toString();
    }

    /** A chart written as {@code name.png}, linked to {@code name.svg} when {@code svg}. */
    static String figure(String name, String caption, boolean svg) {
        String img = "<img src=\"" + name + ".png\" alt=\"" + esc(caption) + "\" width=\"1280\" height=\"720\">";
        return "<figure>" + (svg ? "<a href=\"" + name + ".svg\">" + img + "</a>" : img) + "<figcaption>" + esc(caption)
                + "</figcaption></figure>\n";
    }

    static String paragraph(String text) {
        return "<p>" + esc(text) + "</p>\n";
    }

    /** The whole page: a title, the sections in order with a table of contents, no external assets. */
    static String page(String title, String lead, List<Section> sections) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>").append(esc(title))
                .append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;max-width:1320px;margin:1.5em auto;padding:0 1em;color:#222}\n")
                .append("table{border-collapse:collapse;margin:.8em 0}td,th{border:1px solid #ccc;padding:.2em .55em;")
                .append("text-align:left;font-variant-numeric:tabular-nums}th{background:#f4f4f4}\n")
                .append("caption{text-align:left;color:#555;padding:.2em 0}\n")
                .append(".question{font-size:1.25em;margin:.4em 0}\n")
                .append(".once{color:#06702f}.per-layer{color:#b00;font-weight:bold}.inconclusive{color:#a66300;font-style:italic}\n")
                .append(".unfitted,.none{color:#888}.note{color:#555}\n")
                .append("img{max-width:100%;height:auto;border:1px solid #eee}\n")
                .append("figure{margin:1.5em 0}figcaption{color:#555}nav{color:#555;margin:.4em 0}\n")
                .append(".matrix{font-size:.92em}.matrix td{white-space:nowrap}.matrix th{white-space:nowrap}#answer figure{margin:.8em 0}")
                .append("#answer figure img{max-height:62vh;width:auto}\n")
                .append("</style></head><body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n");
        h.append("<p class=\"question\">").append(esc(lead)).append("</p>\n<nav>");
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            h.append(i == 0 ? "" : " &middot; ").append("<a href=\"#").append(s.id()).append("\">").append(esc(s.title()))
                    .append("</a>");
        }
        h.append("</nav>\n");
        for (Section s : sections) {
            h.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(esc(s.title())).append("</h2>\n")
                    .append(s.body()).append("</section>\n");
        }
        return h.append("</body></html>\n").toString();
    }
}
