package dev.zmqstudio.boot;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The jar's entry point must load on Java 17 (class file version 61) to say anything there, so the boot package
 * is built for it and reaches the app (Java 25 class files) only by name.
 */
@Timeout(60)
class BootForJava17Test {
    private static final int JAVA_17 = 61;

    @Test
    void everyBootClassIsAJava17ClassFile() throws IOException, URISyntaxException {
        Path folder = Path.of(Boot.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("dev/zmqstudio/boot");
        List<Path> classes;
        try (Stream<Path> files = Files.list(folder)) {
            classes = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        assertFalse(classes.isEmpty());
        for (Path c : classes) {
            try (InputStream in = Files.newInputStream(c); DataInputStream data = new DataInputStream(in)) {
                data.readInt(); // magic
                data.readUnsignedShort(); // minor
                assertEquals(JAVA_17, data.readUnsignedShort(), c + " must run on Java 17");
            }
        }
    }

    @Test
    void bootUsesNothingOfTheAppAndNothingUsesBoot() {
        JavaClasses all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.zmqstudio");
        noClasses().that().resideInAPackage("dev.zmqstudio.boot..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.zmqstudio.app..", "dev.zmqstudio.ui..",
                        "dev.zmqstudio.cli..", "dev.zmqstudio.runtime..", "dev.zmqstudio.io..", "dev.zmqstudio.model..")
                .check(all);
        noClasses().that().resideOutsideOfPackage("dev.zmqstudio.boot..")
                .should().dependOnClassesThat().resideInAPackage("dev.zmqstudio.boot..")
                .check(all);
    }
}
