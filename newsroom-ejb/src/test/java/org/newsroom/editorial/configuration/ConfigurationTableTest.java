package org.newsroom.editorial.configuration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The configuration table of docs/operations.md is the declaration in {@link Setting} written for
 * people: the same settings in the same order, each with its variable, property and default. The
 * meanings there say more than the declaration's one line (links, examples), so they are not compared.
 */
class ConfigurationTableTest {

    private static final String HEADER = "| variable | system property | default | meaning |";

    @Test
    void theDocumentedTableListsExactlyTheDeclaredSettingsInOrder() throws IOException {
        Map<String, String[]> rows = documentedRows();
        List<String> declared = Arrays.stream(Setting.values()).map(Setting::variable).toList();
        assertEquals(declared, new ArrayList<>(rows.keySet()), "docs/operations.md, Configuration: the variables");
    }

    @Test
    void eachDocumentedRowNamesTheDeclaredPropertyAndDefault() throws IOException {
        Map<String, String[]> rows = documentedRows();
        for (Setting setting : Setting.values()) {
            String[] row = rows.get(setting.variable());
            if (row == null) {
                continue; // the test above names it
            }
            assertEquals("`" + setting.property() + "`", row[1], setting.variable() + ": the system property");
            String shownDefault = setting.defaultText().isEmpty() ? "none" : setting.defaultText();
            assertTrue(row[2].replace("`", "").startsWith(shownDefault),
                    setting.variable() + ": the default column \"" + row[2] + "\" should start with " + shownDefault);
        }
    }

    /** Variable → the row's cells, in the order of the table under "## Configuration". */
    private static Map<String, String[]> documentedRows() throws IOException {
        List<String> lines = Files.readAllLines(operationsGuide());
        int header = lines.indexOf(HEADER);
        assertTrue(header > 0 && lines.subList(0, header).contains("## Configuration"), "no configuration table");
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            String[] cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split(" \\| "))
                    .map(String::strip).toArray(String[]::new);
            rows.put(cells[0].replace("`", ""), cells);
        }
        return rows;
    }

    private static Path operationsGuide() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path guide = dir.resolve("docs/operations.md");
            if (Files.isRegularFile(guide)) {
                return guide;
            }
        }
        throw new AssertionError("docs/operations.md not found above " + Path.of("").toAbsolutePath());
    }
}
