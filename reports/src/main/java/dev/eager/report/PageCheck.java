package dev.eager.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rendered {@code index.html} without a browser: every image it shows is a file beside it
 * (not empty), every link to a chart's SVG too, and no section is empty (a heading with nothing
 * under it). Render runs it on every report it writes; {@code ChromiumCheck} asks a real browser the
 * same questions.
 */
final class PageCheck {
    private static final Pattern IMAGE = Pattern.compile("<img\\s[^>]*src=\"([^\"]+)\"");
    private static final Pattern SVG_LINK = Pattern.compile("<a\\s[^>]*href=\"([^\"#:]+\\.svg)\"");
    private static final Pattern SECTION = Pattern.compile("<section id=\"([^\"]+)\">(.*?)</section>", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("^\\s*<h2>.*?</h2>", Pattern.DOTALL);

    private PageCheck() {
    }

    /** The problems found in {@code index}, none when the page is whole. */
    static List<String> of(Path index) throws IOException {
        String html = Files.readString(index);
        Path folder = index.toAbsolutePath().getParent();
        List<String> problems = new ArrayList<>();
        int images = 0;
        for (Pattern p : List.of(IMAGE, SVG_LINK)) {
            Matcher m = p.matcher(html);
            while (m.find()) {
                images += p == IMAGE ? 1 : 0;
                Path file = folder.resolve(m.group(1));
                try {
                    if (!Files.isRegularFile(file) || Files.size(file) == 0) {
                        problems.add("missing or empty file " + m.group(1));
                    }
                } catch (IOException e) {
                    problems.add("unreadable file " + m.group(1) + ": " + e.getMessage());
                }
            }
        }
        Matcher s = SECTION.matcher(html);
        int sections = 0;
        while (s.find()) {
            sections++;
            String content = HEADING.matcher(s.group(2)).replaceFirst("");
            if (content.replaceAll("<[^>]*>", "").isBlank() && images(content) == 0) {
                problems.add("empty section #" + s.group(1));
            }
        }
        if (sections == 0) {
            problems.add("no section at all");
        }
        if (images == 0) {
            problems.add("no image at all");
        }
        return problems;
    }

    private static int images(String html) {
        Matcher m = IMAGE.matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
