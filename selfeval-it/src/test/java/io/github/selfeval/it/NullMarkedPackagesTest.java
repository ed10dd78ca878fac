package io.github.selfeval.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.selfeval.cli.SelfevalCli;
import io.github.selfeval.export.ReportExporters;
import io.github.selfeval.export.docx.DocxStyle;
import io.github.selfeval.export.pdf.PdfStyle;
import io.github.selfeval.export.testing.ReportExporterContract;
import io.github.selfeval.export.xlsx.XlsxReportReader;
import io.github.selfeval.model.SelfEvaluation;
import io.github.selfeval.scoring.Scorer;
import io.github.selfeval.testsupport.Seed;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;

/**
 * Every package of the published modules is {@code @NullMarked}, so that a consumer's null checker reads
 * their API as JSpecify-annotated: a package added without a {@code package-info.java} saying so would
 * silently be unannotated, which the compile-time checker (NullAway, which checks only what is marked)
 * cannot notice. Each module's packages are those of its classes, read through the module's own reader
 * (its jar or classes folder, as its {@code module-info} makes it a module); the annotation is read
 * reflectively (JSpecify's annotations are kept at run time).
 */
class NullMarkedPackagesTest {

    /**
     * One class of each published module, to find its jar or classes directory. The CLI is marked in its
     * exported package only: its internal package is picocli's command objects.
     */
    private static final Map<String, Class<?>> MODULES = Map.of(
            "io.github.selfeval.model", SelfEvaluation.class,
            "io.github.selfeval.scoring", Scorer.class,
            "io.github.selfeval.export", ReportExporters.class,
            "io.github.selfeval.export.xlsx", XlsxReportReader.class,
            "io.github.selfeval.export.pdf", PdfStyle.class,
            "io.github.selfeval.export.docx", DocxStyle.class,
            "io.github.selfeval.testkit", ReportExporterContract.class,
            "io.github.selfeval.testsupport", Seed.class,
            "io.github.selfeval.cli", SelfevalCli.class);

    /** The Markdown exporter exports nothing: its one package is found by name. */
    private static final String MARKDOWN = "io.github.selfeval.export.markdown.internal.MarkdownExporter";

    @Test
    void everyPackageOfThePublishedModulesIsNullMarked() throws Exception {
        List<String> unmarked = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (Map.Entry<String, Class<?>> m : MODULES.entrySet()) {
            check(m.getKey(), m.getValue(), unmarked, checked);
        }
        check("io.github.selfeval.export.markdown", Class.forName(MARKDOWN), unmarked, checked);
        assertEquals(List.of(), unmarked, "packages without @NullMarked in their package-info.java");
        // The modules were really read: the model's three packages and the markdown exporter's one are among
        // those checked.
        assertTrue(checked.containsAll(Set.of("io.github.selfeval.model", "io.github.selfeval.model.form",
                "io.github.selfeval.model.internal", "io.github.selfeval.export.markdown.internal",
                "io.github.selfeval.export.testing", "io.github.selfeval.cli", "io.github.selfeval.scoring",
                "io.github.selfeval.scoring.internal")), checked.toString());
    }

    private static void check(String module, Class<?> anchor, List<String> unmarked, Set<String> checked)
            throws URISyntaxException, IOException {
        ModuleReference ref = module(anchor);
        ModuleDescriptor d = ref.descriptor();
        assertEquals(module, d.name(), "the module of " + anchor.getName());
        Set<String> exported = d.exports().stream().filter(e -> !e.isQualified())
                .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        boolean cli = module.equals("io.github.selfeval.cli");
        for (String pkg : withClasses(ref)) {
            if (cli && !exported.contains(pkg)) {
                continue;
            }
            checked.add(pkg);
            if (!nullMarked(pkg, anchor.getClassLoader())) {
                unmarked.add(module + "/" + pkg);
            }
        }
    }

    private static ModuleReference module(Class<?> anchor) throws URISyntaxException {
        Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<ModuleReference> found = ModuleFinder.of(location).findAll();
        assertEquals(1, found.size(), location + " holds one module");
        return found.iterator().next();
    }

    /** The packages that hold classes: a folder of resources only (fonts, example files) is no Java package. */
    private static Set<String> withClasses(ModuleReference ref) throws IOException {
        try (ModuleReader reader = ref.open(); Stream<String> entries = reader.list()) {
            return entries.filter(e -> e.endsWith(".class") && e.indexOf('/') > 0)
                    .map(e -> e.substring(0, e.lastIndexOf('/')).replace('/', '.'))
                    .filter(ref.descriptor().packages()::contains)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static boolean nullMarked(String pkg, ClassLoader loader) {
        try {
            return Class.forName(pkg + ".package-info", false, loader).isAnnotationPresent(NullMarked.class);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
