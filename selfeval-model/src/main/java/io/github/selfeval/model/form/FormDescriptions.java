package io.github.selfeval.model.form;

import io.github.selfeval.model.ErrorCodes;
import io.github.selfeval.model.FormKind;
import io.github.selfeval.model.SelfEvalException;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.model.internal.FormJson;
import io.github.selfeval.model.internal.ResourceRegistry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The form descriptions on the class path: {@code META-INF/selfeval/forms/<id>.json}, listed by
 * {@code META-INF/selfeval/forms/INDEX} files (one id a line).
 *
 * <p>Standard forms: {@code hebei-department} (the seed's 部门整体 form), {@code central-project} (the
 * central 项目支出 template most provinces use) and {@code sichuan-project} (the Sichuan platform's
 * variant). A user adds their province's form as a resource file and lists it in an {@code INDEX} of
 * their own jar. Descriptions are read once and cached; unknown keys are refused. Thread-safe.
 *
 * @since 0.2
 */
public final class FormDescriptions {
    /** The resource folder. */
    public static final String RESOURCE_FOLDER = "META-INF/selfeval/forms";

    private static final class Holder {
        static final FormDescriptions INSTANCE =
                new FormDescriptions(ResourceRegistry.defaultLoaders(FormDescriptions.class));
    }

    private final ResourceRegistry<FormDescription> registry;

    private FormDescriptions(List<ClassLoader> loaders) {
        this.registry = new ResourceRegistry<>(RESOURCE_FOLDER, "form", loaders, FormJson::read, FormDescription::id);
    }

    /**
     * The descriptions on this library's class path and the thread's context class path.
     *
     * @return the registry, never null
     */
    public static FormDescriptions standard() {
        return Holder.INSTANCE;
    }

    /**
     * The descriptions visible to a class loader (a plugin's, say), besides this library's.
     *
     * @param loader the loader
     * @return a new registry, never null
     */
    public static FormDescriptions using(ClassLoader loader) {
        Objects.requireNonNull(loader, "loader");
        List<ClassLoader> loaders = new java.util.ArrayList<>(ResourceRegistry.defaultLoaders(FormDescriptions.class));
        if (!loaders.contains(loader)) {
            loaders.add(loader);
        }
        return new FormDescriptions(loaders);
    }

    /**
     * The description with an id.
     *
     * @param id the id, e.g. {@code central-project}
     * @return the description, or empty when there is none
     * @throws SelfEvalException with code {@code FORM_INVALID} when its file is not a valid description
     */
    public Optional<FormDescription> find(String id) {
        return registry.find(id);
    }

    /**
     * The description with an id.
     *
     * @param id the id
     * @return the description, never null
     * @throws SelfEvalException with code {@code FORM_UNKNOWN} naming the known ids when there is none
     */
    public FormDescription get(String id) {
        return find(id).orElseThrow(() -> new SelfEvalException(ErrorCodes.FORM_UNKNOWN,
                "unknown form '" + id + "'; known forms: " + String.join(", ", ids())));
    }

    /**
     * The form a report follows: the one it names, else its kind's default.
     *
     * @param report the report
     * @return the description, never null
     * @throws SelfEvalException with code {@code FORM_UNKNOWN} when the report names an unknown form,
     *     or {@code FORM_KIND_MISMATCH} when the form is for the other kind of report
     */
    public FormDescription forReport(SelfEvaluation report) {
        FormDescription d = get(report.formId());
        if (d.kind() != report.kind()) {
            throw new SelfEvalException(ErrorCodes.FORM_KIND_MISMATCH, "form '" + d.id() + "' is a " + d.kind().label()
                    + "表, but the report is a " + report.kind().label() + "报告");
        }
        return d;
    }

    /**
     * The forms of one kind.
     *
     * @param kind the kind
     * @return their descriptions, by id
     */
    public List<FormDescription> ofKind(FormKind kind) {
        return ids().stream().map(this::get).filter(d -> d.kind() == kind).toList();
    }

    /**
     * The ids every {@code INDEX} lists.
     *
     * @return the ids, sorted, never null
     */
    public List<String> ids() {
        return registry.ids();
    }
}
