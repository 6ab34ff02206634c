-- A saved chart keeps how its series share the chart (one axis, a second axis, small multiples) and
-- its palette. Charts saved before this version get the defaults they were drawn with then.
ALTER TABLE saved_chart ADD COLUMN chart_layout VARCHAR(20) DEFAULT 'AUTO' NOT NULL;
ALTER TABLE saved_chart ADD COLUMN palette VARCHAR(20) DEFAULT 'COLOUR_BLIND_SAFE' NOT NULL;
ALTER TABLE saved_chart ADD CONSTRAINT saved_chart_layout_ck
    CHECK (chart_layout IN ('AUTO','ONE_AXIS','SECOND_AXIS','SMALL_MULTIPLES'));
ALTER TABLE saved_chart ADD CONSTRAINT saved_chart_palette_ck CHECK (palette IN ('COLOUR_BLIND_SAFE','GREYSCALE'));
