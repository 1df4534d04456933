package org.pathways.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Typed access to a parsed YAML tree, with messages that say where a value is wrong. */
final class YamlReader {

    private YamlReader() {
    }

    static Map<String, Object> read(Resource resource) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(10 * 1024 * 1024);
        try (InputStream in = resource.getInputStream()) {
            Object root = new Yaml(new SafeConstructor(options)).load(in);
            if (!(root instanceof Map<?, ?>)) {
                throw new CatalogImportException(resource.getFilename() + " is empty or not a YAML mapping");
            }
            return map(root, resource.getFilename());
        } catch (IOException e) {
            throw new CatalogImportException("Cannot read " + resource.getFilename() + ": " + e.getMessage());
        } catch (YAMLException e) {
            throw new CatalogImportException(resource.getFilename() + " is not valid YAML: " + e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value, String where) {
        if (value instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        throw new CatalogImportException(where + " should be a mapping");
    }

    static List<Object> list(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> l) {
            return List.copyOf(l);
        }
        throw new CatalogImportException(where + " should be a list");
    }

    static List<String> strings(Object value, String where) {
        return list(value, where).stream().map(item -> {
            if (item instanceof String s && !s.isBlank()) {
                return s.trim();
            }
            throw new CatalogImportException(where + " should list codes, found '" + item + "'");
        }).toList();
    }

    static String text(Map<String, Object> node, String key, String where) {
        Object value = node.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new CatalogImportException(where + " has no " + key);
        }
        return value.toString().trim();
    }

    static String optionalText(Map<String, Object> node, String key) {
        Object value = node.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    static int integer(Map<String, Object> node, String key, int fallback, String where) {
        Object value = node.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Integer i) {
            return i;
        }
        throw new CatalogImportException(where + ": " + key + " should be a whole number, found '" + value + "'");
    }
}
