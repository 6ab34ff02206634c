package org.returnwatch.exchange;

/** One thing wrong with an input file: where (file, line, field) and why. */
public record Problem(String file, int line, String field, String reason) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(", line ").append(line);
        }
        if (field != null) {
            s.append(", ").append(field);
        }
        return s.append(": ").append(reason).toString();
    }
}
