package org.returnwatch.desktop.duplicates;

/** The merge dialog; tests answer it with a fake. */
public interface MergeDialogs {

    /** Shows both records side by side for the user to choose each field; true once they say Merge. */
    boolean askMerge(MergeViewModel merge);
}
