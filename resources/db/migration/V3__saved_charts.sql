-- Chart definitions saved under a name, redrawn from the data as it is when they are opened.
-- Series and agreements are held by id: a deleted series simply drops out of the charts that used it.
CREATE TABLE saved_chart (
    id         UUID PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    title      VARCHAR(1000),
    chart_type VARCHAR(10) NOT NULL,
    from_year  INT,
    to_year    INT,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT saved_chart_name_uq UNIQUE (name),
    CONSTRAINT saved_chart_name_nn_ck CHECK (TRIM(name) <> ''),
    CONSTRAINT saved_chart_type_ck CHECK (chart_type IN ('AUTO','BAR','LINE')),
    CONSTRAINT saved_chart_years_ck CHECK (from_year IS NULL OR to_year IS NULL OR from_year <= to_year)
);

CREATE TABLE saved_chart_series (
    chart_id  UUID NOT NULL,
    position  INT NOT NULL,
    series_id UUID NOT NULL,
    PRIMARY KEY (chart_id, position),
    CONSTRAINT saved_chart_series_chart_fk FOREIGN KEY (chart_id) REFERENCES saved_chart (id) ON DELETE CASCADE,
    CONSTRAINT saved_chart_series_fk FOREIGN KEY (series_id) REFERENCES series (id) ON DELETE CASCADE
);

CREATE TABLE saved_chart_agreement (
    chart_id     UUID NOT NULL,
    position     INT NOT NULL,
    agreement_id UUID NOT NULL,
    PRIMARY KEY (chart_id, position),
    CONSTRAINT saved_chart_agreement_chart_fk FOREIGN KEY (chart_id) REFERENCES saved_chart (id) ON DELETE CASCADE,
    CONSTRAINT saved_chart_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
);
