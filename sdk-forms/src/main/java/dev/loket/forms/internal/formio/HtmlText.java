package dev.loket.forms.internal.formio;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML of a Form.io content component into plain text that still reads well: paragraphs
 * and headings on their own lines, list items with a dash, a link's address after its text.
 * Written here rather than pulling in an HTML parser because the content is a few authored
 * paragraphs, not arbitrary pages.
 */
final class HtmlText {

    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*?href\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BLOCK_END = Pattern.compile(
            "<\\s*(br\\s*/?|/p|/div|/h[1-6]|/li|/ul|/ol|/tr|/table|/blockquote|hr\\s*/?)\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile("<\\s*li\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT = Pattern.compile("<(script|style)\\b.*?</\\1\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]+);");

    private HtmlText() {
    }

    static String of(String html) {
        String text = SCRIPT.matcher(html).replaceAll("");
        text = LINK.matcher(text).replaceAll(m -> {
            String label = m.group(2);
            String href = m.group(1);
            String plain = TAG.matcher(label).replaceAll("").trim();
            return Matcher.quoteReplacement(plain.isEmpty() || plain.equals(href) ? href : plain + " (" + href + ")");
        });
        text = text.replace("\r", "").replace("\n", " ");
        text = LIST_ITEM.matcher(text).replaceAll("\n- ");
        text = BLOCK_END.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        text = entities(text);
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.replaceAll("[ \\t\\u00A0]+", " ").trim();
            if (!trimmed.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(trimmed);
            }
        }
        return out.toString();
    }

    private static String entities(String text) {
        String decoded = NUMERIC_ENTITY.matcher(text).replaceAll(m -> {
            int code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            return Matcher.quoteReplacement(new String(Character.toChars(code)));
        });
        return decoded.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&euro;", "€").replace("&amp;", "&");
    }
}
