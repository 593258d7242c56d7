package io.partita.cli;

import io.partita.kafka.SchemaRegistryService;
import io.partita.model.RegisteredSchema.SchemaReference;
import io.partita.model.SchemaProblem;
import io.partita.schema.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** A schema file to check or register: its type, its references, parsed locally before the registry sees it. */
final class SchemaFileOptions {

    @Option(names = "--file", required = true, paramLabel = "FILE", description = "The schema (.avsc, .json, .proto).")
    Path file;

    @Option(names = "--type", paramLabel = "TYPE", converter = Type.class,
            description = "AVRO, JSON or PROTOBUF (default: from the file extension, else AVRO).")
    String type;

    @Option(names = "--ref", paramLabel = "NAME=SUBJECT:VERSION", converter = Reference.class,
            description = "A schema reference (repeatable). Default: the references of the subject's latest version.")
    List<SchemaReference> references;

    SchemaFile read(SchemaRegistryService service, String subject) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new CliFailure("cannot read " + file + ": no such file");
        } catch (IOException e) {
            throw new CliFailure("cannot read " + file + ": " + e.getMessage());
        }
        String schemaType = type != null ? type : typeOf(file);
        List<SchemaReference> refs = references != null ? references : service.latestReferences(subject);
        if (SchemaValidator.checksLocally(schemaType)) {
            Optional<SchemaProblem> problem = SchemaValidator.check(schemaType, text, service.referencedTexts(refs));
            if (problem.isPresent()) {
                throw new CliFailure(file + ": not a valid " + schemaType + " schema: " + problem.get().describe());
            }
        }
        return new SchemaFile(text, schemaType, refs);
    }

    static String typeOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".proto")) {
            return "PROTOBUF";
        }
        return name.endsWith(".json") ? "JSON" : "AVRO";
    }

    static final class Type implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String type = value.strip().toUpperCase(Locale.ROOT);
            if (!List.of("AVRO", "JSON", "PROTOBUF").contains(type)) {
                throw new TypeConversionException("'" + value + "' is not a schema type; use AVRO, JSON or PROTOBUF");
            }
            return type;
        }
    }

    static final class Reference implements ITypeConverter<SchemaReference> {
        private static final Pattern FORM = Pattern.compile("([^=]+)=(.+):(\\d+)");

        @Override
        public SchemaReference convert(String value) {
            Matcher m = FORM.matcher(value.strip());
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not NAME=SUBJECT:VERSION, "
                        + "e.g. com.acme.Address=address-value:1");
            }
            return new SchemaReference(m.group(1), m.group(2), Integer.parseInt(m.group(3)));
        }
    }
}

