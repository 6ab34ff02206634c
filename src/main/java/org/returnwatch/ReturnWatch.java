package org.returnwatch;

/** Launcher placeholder; replaced below. */
public final class ReturnWatch {
    private ReturnWatch() {
    }

    public static void main(String[] args) {
    }
}
