/**
 * Scoring and audit of a 绩效自评: {@link io.github.selfeval.scoring.Scorer}, rule packs, indicator
 * catalogues, score cards and their JSON and text renderings.
 *
 * <p>Rule packs and catalogues are JSON resources under {@code META-INF/selfeval/}; a user adds one by
 * putting a file there on the class path.
 *
 * @since 0.1
 */
module io.github.selfeval.scoring {
    requires transitive io.github.selfeval.model;
    requires com.fasterxml.jackson.databind;

    exports io.github.selfeval.scoring;
}
