package org.returnwatch.desktop;

import javafx.stage.Stage;

/** One window of a context, built as the program builds it, for window tests whose dialogs are partly answered. */
public final class TestWindows {
    private TestWindows() {
    }

    /** Shows a window of {@code context} on {@code stage}, asking through {@code dialogs}; answers its models. */
    public static WindowModel show(Stage stage, AppContext context, WindowDialogs dialogs) {
        WindowModel model = context.window(dialogs);
        new AppWindow(stage, model);
        stage.show();
        return model;
    }
}
