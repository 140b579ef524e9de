package sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;
import sitrep.render.Preset;
import sitrep.render.RenderOptions;
import sitrep.render.chart.Annotation;
import sitrep.render.chart.EventStripRenderer;

/** Options of the charts and maps, shared by {@code report} and {@code render}. */
final class FigureOptions {
  @Option(names = "--preset", paramLabel = "slide|document", defaultValue = "document",
      converter = PresetConverter.class,
      description = "Size of the charts and maps: slide (1920x1080 px, 13.33x7.5 in PDF) or document "
          + "(1200x675 px, 12.5x7 in PDF). Default: ${DEFAULT-VALUE}.")
  Preset preset;

  @Option(names = "--transparent", description = "Transparent background for the PNG and SVG charts and maps.")
  boolean transparent;

  @Option(names = "--stack-by", paramLabel = "weapon|actor", defaultValue = "weapon",
      description = "What the timeline bars and areas are split by (default: ${DEFAULT-VALUE}).")
  String stackBy;

  @Option(names = "--strip-by", paramLabel = "site|actor", defaultValue = "site",
      description = "One event-strip row per site or per actor (default: ${DEFAULT-VALUE}).")
  String stripBy;

  @Option(names = "--annotate", paramLabel = "DATE=LABEL", converter = AnnotationConverter.class,
      description = "A key date marked on the timeline charts, e.g. 2024-01-28=\"Tower 22\" (repeatable).")
  List<Annotation> annotate = new ArrayList<>();

  @Option(names = "--annotations", paramLabel = "FILE",
      description = "A CSV file of key dates to mark: date,label per line (header optional).")
  Path annotationsFile;

  @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat",
      description = "Map extent in degrees, e.g. 38,29,49,38 (default: fitted to the incidents).")
  String bbox;

  @Option(names = "--country", paramLabel = "CC", split = ",",
      description = "Show these countries on the maps (ISO 3166-1 alpha-2, e.g. IQ; repeatable or comma-separated).")
  List<String> countries = new ArrayList<>();

  /**
   * The render options; bad values are usage errors (exit 2).
   *
   * @throws CommandLine.ParameterException naming the option
   */
  RenderOptions toRenderOptions(CommandSpec spec) {
    List<Annotation> all = new ArrayList<>(annotate);
    if (annotationsFile != null) {
      all.addAll(Annotation.read(annotationsFile));
    }
    if (bbox != null && !countries.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--bbox and --country cannot be used together");
    }
    try {
      return new RenderOptions(preset, transparent, stackBy, EventStripRenderer.Rows.of(stripBy), all,
          bbox == null ? null : RenderOptions.parseBbox(bbox), countries);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  static final class PresetConverter implements ITypeConverter<Preset> {
    @Override
    public Preset convert(String value) {
      try {
        return Preset.of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  static final class AnnotationConverter implements ITypeConverter<Annotation> {
    @Override
    public Annotation convert(String value) {
      try {
        return Annotation.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
