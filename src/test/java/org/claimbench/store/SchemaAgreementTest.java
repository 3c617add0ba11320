package org.claimbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.claimbench.store.generated.DefaultSchema;
import org.jooq.Field;
import org.jooq.Meta;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/** The classes generated at build time describe exactly the schema that Flyway's migrations create. */
class SchemaAgreementTest {

    @Test
    void generatedTablesAndColumnsMatchTheMigratedDatabase() {
        try (Store store = Store.inMemory()) {
            Meta live = store.dsl().meta();
            Map<String, Table<?>> liveTables = new TreeMap<>();
            for (Table<?> t : live.getTables()) {
                if ("PUBLIC".equals(t.getSchema() == null ? null : t.getSchema().getName())
                        && !t.getName().equalsIgnoreCase("flyway_schema_history")) {
                    liveTables.put(t.getName(), t);
                }
            }
            List<Table<?>> generated = DefaultSchema.DEFAULT_SCHEMA.getTables();
            assertFalse(generated.isEmpty(), "code generation produced no tables");
            assertEquals(liveTables.keySet(), new java.util.TreeSet<>(generated.stream().map(Table::getName).toList()));
            for (Table<?> g : generated) {
                Table<?> l = liveTables.get(g.getName());
                assertNotNull(l, g.getName());
                assertEquals(columns(l), columns(g), "columns of " + g.getName());
            }
        }
    }

    private static Map<String, String> columns(Table<?> t) {
        Map<String, String> m = new TreeMap<>();
        for (Field<?> f : t.fields()) {
            m.put(f.getName(), f.getDataType().getSQLDataType().getTypeName().toLowerCase(Locale.ROOT)
                    + (f.getDataType().nullable() ? " null" : " not null"));
        }
        return m;
    }
    @Test
    void theSchemaVersionTheStoreExpectsIsTheNewestMigration() throws Exception {
        int newest = 0;
        for (String folder : List.of("src/main/resources/db/migration", "src/main/resources/db/h2", "src/main/resources/db/postgres")) {
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of(folder))) {
                for (var f : files.toList()) {
                    var m = java.util.regex.Pattern.compile("V(\\d+)__.*\\.sql").matcher(f.getFileName().toString());
                    if (m.matches()) {
                        newest = Math.max(newest, Integer.parseInt(m.group(1)));
                    }
                }
            }
        }
        assertEquals(newest, Store.SCHEMA_VERSION, "Store.SCHEMA_VERSION must name the newest migration, or an old store is not migrated");
        try (Store store = Store.inMemory()) {
            assertEquals(String.valueOf(newest), store.dsl().fetchValue(
                    "SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"").toString());
        }
    }
}
