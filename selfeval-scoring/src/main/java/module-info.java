/**
 * Scoring and audit of a 绩效自评.
 *
 * @since 0.1
 */
module io.github.selfeval.scoring {
    requires transitive io.github.selfeval.model;

    exports io.github.selfeval.scoring;
}
