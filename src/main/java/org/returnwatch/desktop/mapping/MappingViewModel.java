package org.returnwatch.desktop.mapping;

import static org.returnwatch.i18n.Localization.lang;
import static org.returnwatch.i18n.Localization.say;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.returnwatch.app.RecordItem;
import org.returnwatch.desktop.dialog.DialogService;
import org.returnwatch.desktop.task.TaskRunner;
import org.returnwatch.exchange.ImportRejectedException;
import org.returnwatch.exchange.MappedImport;
import org.returnwatch.exchange.Mapping;
import org.returnwatch.exchange.MappingFile;

/**
 * The column-mapping dialog: which column of someone else's CSV fills which field, shown over a
 * preview of the file's first rows, and saved to or loaded from a mapping file (docs/csv-mapping.md).
 */
public final class MappingViewModel {
    public static final List<Charset> ENCODINGS = List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"),
            StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16);
    static final int PREVIEW_ROWS = 20;
    static final int MAX_VALUES = 200;

    private final Path csv;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final MappedImport service;
    private final MappingFile files;
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>(this, "delimiter", ',');
    private final ObjectProperty<Charset> encoding =
            new SimpleObjectProperty<>(this, "encoding", StandardCharsets.UTF_8);
    private final StringProperty dataset = new SimpleStringProperty(this, "dataset");
    private final StringProperty caseKey = new SimpleStringProperty(this, "caseKey");
    private final StringProperty incidentKey = new SimpleStringProperty(this, "incidentKey");
    private final StringProperty locator = new SimpleStringProperty(this, "locator", "");
    private final ObservableList<String> header = FXCollections.observableArrayList();
    private final ObservableList<String> headerView = FXCollections.unmodifiableObservableList(header);
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper previewProblem = new ReadOnlyStringWrapper(this, "previewProblem", "");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final SourceChoice source;
    private final List<FieldMapping> caseFields;
    private final List<FieldMapping> incidentFields;
    /** Guesses are made once, and never over what the user or a loaded mapping chose. */
    private boolean guessed;
    private int previewGeneration;
    private boolean settingGuess;

    /**
     * @param storedSources the sources already in the database, one of which the records may cite
     * @param tacticCodes   the database's tactic list, the values the {@code tactic} field may take
     */
    public MappingViewModel(Path csv, List<RecordItem> storedSources, List<String> tacticCodes, ObjectMapper mapper,
                            TaskRunner runner, DialogService dialogs) {
        this.csv = csv;
        this.runner = runner;
        this.dialogs = dialogs;
        this.service = new MappedImport(mapper);
        this.files = new MappingFile(mapper);
        String fileName = csv.getFileName().toString();
        dataset.set(fileName.replaceFirst("\\.[^.]*$", ""));
        source = new SourceChoice(storedSources, fileName);
        caseFields = Mapping.CASE_FIELDS.stream().map(f -> field(f, false, tacticCodes)).toList();
        incidentFields = Mapping.INCIDENT_FIELDS.stream().map(f -> field(f, true, tacticCodes)).toList();
        List<Observable> deps = new ArrayList<>(List.of(dataset, source.kindProperty(),
                source.storedSourceProperty(), source.titleProperty()));
        allFields().forEach(f -> deps.addAll(List.of(f.columnProperty(), f.fixedProperty())));
        deps.forEach(d -> d.addListener(o -> refreshReady()));
        refreshReady();
        delimiter.addListener(o -> {
            if (!settingGuess) {
                readPreview(false);
            }
        });
        encoding.addListener(o -> readPreview(false));
        readPreview(true);
    }

    private FieldMapping field(String name, boolean incident, List<String> tacticCodes) {
        FieldMapping f = new FieldMapping(name, incident, name.equals("tactic") ? tacticCodes
                : MappedImport.choices(name));
        f.columnProperty().addListener(o -> readValues(f));
        return f;
    }

    private record Read(char delimiter, MappedImport.Preview preview) {
    }

    private void readPreview(boolean guessDelimiter) {
        int gen = ++previewGeneration;
        char d = delimiter.get();
        Charset enc = encoding.get();
        runner.run(lang("reading the file"), () -> {
            char used = guessDelimiter ? Delimiters.guess(csv, enc) : d;
            return new Read(used, service.preview(csv, used, enc, PREVIEW_ROWS));
        }, r -> {
            if (gen == previewGeneration) {
                showPreview(r);
            }
        }, e -> {
            if (gen == previewGeneration) {
                header.clear();
                rows.clear();
                previewProblem.set(describe(e));
            }
        });
    }

    private void showPreview(Read r) {
        if (r.delimiter() != delimiter.get()) {
            settingGuess = true; // the file was read with the guess already: no second reading
            delimiter.set(r.delimiter());
            settingGuess = false;
        }
        header.setAll(r.preview().header());
        rows.setAll(r.preview().rows());
        previewProblem.set(String.join("\n", r.preview().problems().stream().limit(5).map(p -> say(p.phrase()))
                .toList()));
        if (!guessed && !header.isEmpty()) {
            guessed = true;
            FieldNames.guess(header, Stream.concat(Mapping.CASE_FIELDS.stream(), Mapping.INCIDENT_FIELDS.stream())
                    .toList()).forEach((f, c) -> field(f).columnProperty().set(c));
            caseKey.set(FieldNames.caseKey(header).orElse(null));
            incidentKey.set(FieldNames.incidentKey(header).orElse(null));
        }
        allFields().forEach(this::readValues);
    }

    private void readValues(FieldMapping f) {
        String column = f.columnProperty().get();
        if (!f.hasChoices() || column == null) {
            f.values().clear();
            return;
        }
        char d = delimiter.get();
        Charset enc = encoding.get();
        runner.run(lang("reading a column's values"), () -> service.distinctValues(csv, d, enc, column, MAX_VALUES),
                v -> {
            if (column.equals(f.columnProperty().get())) {
                f.showValues(v);
            }
        }, e -> f.values().clear());
    }

    private void refreshReady() {
        List<String> missing = new ArrayList<>();
        if (dataset.get() == null || dataset.get().isBlank()) {
            missing.add(lang("give the dataset a name"));
        }
        if (!field("name").isMapped()) {
            missing.add(lang("choose the column with the name"));
        }
        if (incidentFields.stream().anyMatch(FieldMapping::isMapped) && !field("tactic").isMapped()) {
            missing.add(lang("choose the column with the tactic (every incident needs one)"));
        }
        if (source.missing() != null) {
            missing.add(source.missing());
        }
        ready.set(missing.isEmpty());
        problem.set(missing.isEmpty() ? "" : lang("To import, {0}.", String.join("; ", missing)));
    }

    /** The mapping the controls describe; meaningful when {@link #readyProperty()} is true. */
    public Mapping mapping() {
        Map<String, Mapping.Rule> cases = rules(caseFields);
        Map<String, Mapping.Rule> incidents = rules(incidentFields);
        String loc = FieldMapping.blankToNull(locator.get());
        return new Mapping(dataset.get().strip(), delimiter.get(), encoding.get(), source.spec(),
                loc == null ? null : new Mapping.Rule(null, loc, null, null, null, null, null),
                caseKey.get() == null ? null : Mapping.Rule.column(caseKey.get()), cases,
                incidents.isEmpty() || incidentKey.get() == null ? null : Mapping.Rule.column(incidentKey.get()),
                incidents.isEmpty() ? null : incidents);
    }

    private static Map<String, Mapping.Rule> rules(List<FieldMapping> fields) {
        Map<String, Mapping.Rule> out = new LinkedHashMap<>();
        fields.forEach(f -> {
            Mapping.Rule r = f.rule();
            if (r != null) {
                out.put(f.field(), r);
            }
        });
        return out;
    }

    /** Sets every control from a mapping read from a file. */
    void apply(Mapping m) {
        guessed = true;
        dataset.set(m.dataset());
        delimiter.set(m.delimiter());
        encoding.set(m.encoding());
        source.fill(m.source());
        Mapping.Rule loc = m.locator();
        locator.set(loc == null ? "" : loc.template() != null ? loc.template()
                : loc.column() != null ? "{" + loc.column() + "}" : Objects.requireNonNullElse(loc.value(), ""));
        caseKey.set(m.caseKey() == null ? null : m.caseKey().column());
        incidentKey.set(m.incidentKey() == null ? null : m.incidentKey().column());
        for (FieldMapping f : allFields().toList()) {
            Map<String, Mapping.Rule> rules = f.isIncident() ? m.incidentFields() : m.caseFields();
            String before = f.columnProperty().get();
            f.fill(rules == null ? null : rules.get(f.field()));
            if (Objects.equals(before, f.columnProperty().get())) {
                readValues(f);
            }
        }
    }

    public void loadMapping() {
        dialogs.chooseFileToOpen(lang("Load mapping"), lang("ReturnWatch mapping"), "json").ifPresent(p -> runner.run(
                lang("reading a mapping file"), () -> files.read(p), this::apply,
                e -> dialogs.showError(lang("Mapping not loaded"), lang("This mapping file cannot be used.\n\n{0}",
                        describe(e)))));
    }

    public void saveMapping() {
        if (!ready.get()) {
            dialogs.showError(lang("Mapping not saved"), problem.get());
            return;
        }
        Mapping m = mapping();
        dialogs.chooseExportFile(lang("Save mapping"), m.dataset() + "-mapping.json", lang("ReturnWatch mapping"),
                "json")
                .ifPresent(p -> runner.run(lang("writing a mapping file"), () -> {
                    files.write(m, p);
                    return p;
                }, p2 -> { }, e -> dialogs.showError(lang("Mapping not saved"), describe(e))));
    }

    /** The problems of a refusal, one a line; otherwise only the kind of failure, never file content. */
    private static String describe(Throwable e) {
        if (e instanceof ImportRejectedException r) {
            return String.join("\n", r.problems().stream().map(p -> say(p.phrase())).toList());
        }
        return lang("The file cannot be read or written ({0}).", e.getClass().getSimpleName());
    }

    public FieldMapping field(String name) {
        return allFields().filter(f -> f.field().equals(name)).findFirst().orElseThrow();
    }

    private Stream<FieldMapping> allFields() {
        return Stream.concat(caseFields.stream(), incidentFields.stream());
    }

    public List<FieldMapping> caseFields() {
        return caseFields;
    }

    public List<FieldMapping> incidentFields() {
        return incidentFields;
    }

    public SourceChoice source() {
        return source;
    }

    public Path csv() {
        return csv;
    }

    public ObjectProperty<Character> delimiterProperty() {
        return delimiter;
    }

    public ObjectProperty<Charset> encodingProperty() {
        return encoding;
    }

    public StringProperty datasetProperty() {
        return dataset;
    }

    /** The column that tells which rows are the same person; null for the name. */
    public StringProperty caseKeyProperty() {
        return caseKey;
    }

    /** The column that identifies an incident; null for none. */
    public StringProperty incidentKeyProperty() {
        return incidentKey;
    }

    /** The citation's locator, e.g. "incident {Incident ID}"; empty for "line N". */
    public StringProperty locatorProperty() {
        return locator;
    }

    public ObservableList<String> header() {
        return headerView;
    }

    public ObservableList<List<String>> rows() {
        return rowsView;
    }

    public ReadOnlyStringProperty previewProblemProperty() {
        return previewProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public boolean isReady() {
        return ready.get();
    }

    /** What is still missing before the import can be checked; empty when ready. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
