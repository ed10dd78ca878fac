/**
 * The immutable model of a 绩效自评报告, its constraints and its JSON form.
 *
 * @since 0.1
 */
// "module": the qualified export below names modules built after this one, which javac cannot see yet.
@SuppressWarnings("module")
module io.github.selfeval.model {
    requires transitive jakarta.validation;
    // The API's records carry Jackson's annotations; the data binding itself is internal (JsonCodec),
    // so a consumer reads this module without being made to read databind.
    requires transitive com.fasterxml.jackson.annotation;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    // The API is @NullMarked (JSpecify): static, so that no module needs org.jspecify at run time;
    // transitive, so that a module reading this one sees the annotations when it compiles.
    requires static transitive org.jspecify;

    exports io.github.selfeval.model;
    exports io.github.selfeval.model.form;
    // Shared plumbing (atomic file writes, I/O error wording) for selfeval's own modules only; not API.
    exports io.github.selfeval.model.internal to io.github.selfeval.scoring, io.github.selfeval.export,
            io.github.selfeval.export.xlsx, io.github.selfeval.export.pdf, io.github.selfeval.export.docx,
            io.github.selfeval.export.markdown, io.github.selfeval.cli;

    // Open (not exported further) so that Jackson and whichever Bean Validation provider the
    // application brings can read the records reflectively.
    opens io.github.selfeval.model;
    // Jackson reads form descriptions reflectively.
    opens io.github.selfeval.model.form;
    // Open, not exported: the provider instantiates the constraint validators reflectively, but the
    // package is no part of the API.
    opens io.github.selfeval.model.internal;
}
