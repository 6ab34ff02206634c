package org.returnwatch.exchange;

import static org.returnwatch.i18n.Phrase.phrase;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the top level of a ReturnWatch JSON document, keeping the line each record starts on.
 * Only the document's shape is checked here; the records' fields are checked by {@link RecordReader}.
 */
final class JsonDocumentParser {
    static final String FORMAT = "returnwatch";
    /**
     * Version 2 added graded citations and denials, outcome and status histories with their sources,
     * case kinds and nationalities, several tactics and perpetrators, and figures in words; version 1
     * documents are still read, their single tactic, perpetrator, outcome and "contextual" flag taken
     * into the lists and kinds that replaced them.
     */
    static final int FORMAT_VERSION = 2;

    private final ObjectMapper mapper;

    JsonDocumentParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    Map<String, List<InputRecord>> parse(InputStream in, String file) {
        Map<String, List<InputRecord>> arrays = new LinkedHashMap<>();
        try (JsonParser p = mapper.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw reject(file, p, null, "is not a ReturnWatch JSON document (it does not start with '{')");
            }
            String format = null;
            Integer version = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_ARRAY) {
                    arrays.put(name, readArray(p, name));
                } else if (name.equals("format")) {
                    format = p.getValueAsString();
                } else if (name.equals("formatVersion")) {
                    version = p.getValueAsInt();
                } else {
                    p.skipChildren();
                }
            }
            if (!FORMAT.equals(format)) {
                throw reject(file, null, "format", "is not a ReturnWatch JSON document (\"format\": \"returnwatch\" "
                        + "is missing)");
            }
            if (version == null || version < 1 || version > FORMAT_VERSION) {
                throw reject(file, null, "formatVersion", "document format version " + version
                        + " is not supported (this ReturnWatch reads versions 1 to " + FORMAT_VERSION + ")");
            }
            return arrays;
        } catch (JsonParseException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportRejectedException(List.of(new Problem(file, line, null,
                    phrase("is not valid JSON ({0})", e.getOriginalMessage()))));
        } catch (CharacterCodingException e) {
            throw new ImportRejectedException(List.of(new Problem(file, 0, null, phrase("is not UTF-8 text"))));
        } catch (IOException e) {
            throw new ImportRejectedException(List.of(new Problem(file, 0, null, phrase("cannot be read: {0}",
                    e.getMessage()))));
        }
    }

    private List<InputRecord> readArray(JsonParser p, String name) throws IOException {
        List<InputRecord> out = new ArrayList<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            int line = p.currentLocation().getLineNr();
            JsonNode node = mapper.readTree(p);
            out.add(new InputRecord(node, line, name + "[" + index++ + "]"));
        }
        return out;
    }

    private static ImportRejectedException reject(String file, JsonParser p, String field, String reason) {
        int line = p == null ? 0 : p.currentLocation().getLineNr();
        return new ImportRejectedException(List.of(new Problem(file, line, field, reason)));
    }
}
