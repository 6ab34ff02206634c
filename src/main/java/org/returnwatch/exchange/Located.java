package org.returnwatch.exchange;

import com.fasterxml.jackson.databind.JsonNode;

/** A JSON object of the document with the line it starts on, so problems can name the line. */
record Located(JsonNode node, int line, String path) {
}
