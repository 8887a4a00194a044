package dev.loket.catalogue.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads UPL-actueel.csv (comma-separated, double quotes around fields with commas), one entry per name. */
final class UplList {

    private UplList() {
    }

    static List<UplEntry> read(Path csv) {
        try {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            List<String> header = fields(lines.get(0));
            Map<String, UplEntry> byName = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = fields(line);
                String name = f.get(header.indexOf("UniformeProductnaam"));
                if (name.startsWith("UPL-naam nog niet")) {
                    continue;
                }
                byName.putIfAbsent(name, new UplEntry(name, f.get(header.indexOf("URI")),
                        x(f, header, "Rijk"), x(f, header, "Provincie"), x(f, header, "Waterschap"), x(f, header, "Gemeente"),
                        x(f, header, "Burger"), x(f, header, "Bedrijf"),
                        text(f, header, "Grondslaglabel"), text(f, header, "Grondslaglink")));
            }
            return List.copyOf(byName.values());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the UPL list " + csv, e);
        }
    }

    private static boolean x(List<String> fields, List<String> header, String column) {
        int i = header.indexOf(column);
        return i < fields.size() && fields.get(i).equals("X");
    }

    private static Optional<String> text(List<String> fields, List<String> header, String column) {
        int i = header.indexOf(column);
        return i < fields.size() && !fields.get(i).isBlank() ? Optional.of(fields.get(i)) : Optional.empty();
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
