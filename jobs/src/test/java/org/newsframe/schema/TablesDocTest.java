package org.newsframe.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TablesDocTest {

    @Test
    void docsTablesMdIsGeneratedFromTheDeclaredSchemas() throws IOException {
        Path doc = Path.of("..", "docs", "tables.md");
        assertEquals(Tables.markdown(), Files.readString(doc),
                "docs/tables.md is stale: regenerate it with  bin/newsframe docs tables > docs/tables.md");
    }
}
