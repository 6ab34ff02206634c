package org.returnwatch.exchange;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;

/** A ReturnWatch JSON document of {@code n} made-up cases with two incidents each, for large-import tests. */
public final class SyntheticCases {
    private SyntheticCases() {
    }

    public static Path write(Path file, int n) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode doc = mapper.createObjectNode().put("format", "returnwatch").put("formatVersion", 1);
        ArrayNode cases = doc.putArray("cases");
        ArrayNode incidents = doc.putArray("incidents");
        for (int i = 0; i < n; i++) {
            String ref = String.format("RW-C-%05d", 20_000 + i);
            cases.addObject().put("ref", ref).put("name", "Synthetic Person " + i).put("nativeName", "王" + i)
                    .put("residenceCountry", "Canada").put("residenceCity", "Toronto")
                    .put("summary", "Synthetic case number " + i + " with words to index");
            for (int k = 0; k < 2; k++) {
                incidents.addObject().put("ref", String.format("RW-I-%06d", 100_000 + 2 * i + k)).put("case", ref)
                        .put("date", "2016").put("country", "China").put("tactic", "FAMILY_PRESSURE")
                        .put("description", "Relatives visited, visit " + k);
            }
        }
        mapper.writeValue(file.toFile(), doc);
        return file;
    }
}
