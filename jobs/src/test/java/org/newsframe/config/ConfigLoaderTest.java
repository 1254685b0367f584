package org.newsframe.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path tmp;

    @Test
    void defaultsComeFromConfNewsframeConf() {
        NewsframeConfig c = ConfigLoader.load(null, List.of());
        assertEquals("text", c.input().fields().text());
        assertEquals(InputFormat.AUTO, c.input().format());
        assertEquals(NewsframeConfig.DateOrder.MDY, c.input().dateOrder());
        assertEquals("8", c.spark().get("spark.sql.shuffle.partitions"));
    }

    @Test
    void userFileThenSetOverridesLayerInOrder() throws IOException {
        File f = tmp.resolve("user.conf").toFile();
        Files.writeString(f.toPath(), "newsframe.input.fields { text = body, title = headline }\n"
                + "spark.executor.memory = 4g\n");
        NewsframeConfig c = ConfigLoader.load(f, List.of("input.fields.title=heading", "input.date-order=dmy"));
        assertEquals("body", c.input().fields().text());
        assertEquals("heading", c.input().fields().title(), "--set wins over the file");
        assertEquals(NewsframeConfig.DateOrder.DMY, c.input().dateOrder());
        assertEquals("4g", c.spark().get("spark.executor.memory"), "spark.* passes through");
    }

    @Test
    void unknownKeyIsAnErrorWithASuggestion() {
        ConfigError e = assertThrows(ConfigError.class,
                () -> ConfigLoader.load(null, List.of("input.feilds.text=body")));
        assertTrue(e.getMessage().contains("newsframe.input.feilds.text"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean newsframe.input.fields.text"), e.getMessage());
    }

    @Test
    void wrongTypesAndValuesAreErrors() {
        assertThrows(ConfigError.class, () -> ConfigLoader.load(null, List.of("input.max-text-chars=lots")));
        assertThrows(ConfigError.class, () -> ConfigLoader.load(null, List.of("input.max-text-chars=-5")));
        assertThrows(ConfigError.class, () -> ConfigLoader.load(null, List.of("input.format=xml")));
        assertThrows(ConfigError.class, () -> ConfigLoader.load(null, List.of("input.default-timezone=Mars/Base")));
        assertThrows(ConfigError.class, () -> ConfigLoader.load(null, List.of("novalue")));
        assertThrows(ConfigError.class, () -> ConfigLoader.load(new File(tmp.toFile(), "missing.conf"), List.of()));
    }

    @Test
    void householdSizesTakeIso3KeysAndEventSettingsAreChecked() {
        NewsframeConfig c = ConfigLoader.load(null, List.of("displacement.household-size.countries.AFG=7.5",
                "displacement.household-size.default=4.2"));
        assertEquals(7.5, org.newsframe.displacement.HouseholdSizes.of(c.displacement()).size("AFG"));
        assertEquals(6.8, org.newsframe.displacement.HouseholdSizes.of(c.displacement()).size("PAK"), "the built-in table");
        assertEquals(4.2, org.newsframe.displacement.HouseholdSizes.of(c.displacement()).size("XXX"));
        assertEquals(0.1, c.displacement().eventQuantityTolerance());
        assertEquals(30, c.displacement().eventWindowDays());
        assertThrows(ConfigError.class, () -> ConfigLoader.load(null, List.of("displacement.household-size.countries.Afghanistan=7")));
        assertThrows(ConfigError.class, () -> ConfigLoader.load(null, List.of("displacement.household-size.countries.AFG=-1")));
        assertThrows(ConfigError.class, () -> ConfigLoader.load(null, List.of("displacement.events.quantity-tolerance=1.5")));
        assertThrows(ConfigError.class, () -> ConfigLoader.load(null, List.of("displacement.events.window-days=0")));
    }
}
