package de.welcomeportal.portal.precheck;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

import de.welcomeportal.portal.selfcheck.SelfCheckResponse;

/**
 * The PDF summary of a case for the file: reference and status, the employer's answers, the self-check as it was
 * stored, the Welcome-Center's answer and the timeline. Internal notes stay out: the summary may leave the house.
 * Text is set in Liberation Sans (shipped with OpenPDF, embedded), which covers the Latin letters of DIN 91379.
 */
final class CaseSummaryPdf {

    private static final String FONT = "font-fallback/LiberationSans-Regular.ttf";
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);
    private static final Color RULE = new Color(0xCC, 0xCC, 0xCC);

    private final CaseLabels labels;
    private final Font title;
    private final Font heading;
    private final Font body;
    private final Font label;
    private final Font small;

    CaseSummaryPdf(CaseLabels labels) {
        this.labels = labels;
        BaseFont base = font();
        this.title = new Font(base, 16);
        this.heading = new Font(base, 12);
        this.body = new Font(base, 10);
        this.label = new Font(base, 10, Font.NORMAL, MUTED);
        this.small = new Font(base, 8, Font.NORMAL, MUTED);
    }

    byte[] render(PrecheckViews.StaffCase c, Instant now) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 64);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(labels, c.reference(), small));
            document.addTitle(labels.text("precheck.staff.case.title", c.reference()));
            document.addSubject(labels.text("precheck.staff.pdf.subject"));
            document.addCreator(labels.text("precheck.staff.pdf.creator"));
            document.setDocumentLanguage(labels.locale().getLanguage());
            document.open();

            document.add(new Paragraph(bold(labels.text("precheck.staff.case.title", c.reference()), title)));
            document.add(new Paragraph(labels.text("precheck.staff.pdf.created", labels.dateTime(now)), small));
            table(document, List.of(
                    new CaseSections.Row(labels.text("precheck.staff.field.status"), labels.status(c.status())),
                    new CaseSections.Row(labels.text("precheck.staff.field.submitted"),
                            labels.dateTime(c.confirmedAt())),
                    new CaseSections.Row(labels.text("precheck.staff.field.assignee"), CaseLabels.orNone(c.assignee())),
                    new CaseSections.Row(labels.text("precheck.staff.field.office"), CaseLabels.orNone(c.office()))));

            List<CaseSections.Section> sections = CaseSections.of(c, labels);
            if (sections.isEmpty()) {
                document.add(paragraph(labels.text("precheck.staff.case.anonymised"), body));
            }
            for (CaseSections.Section section : sections) {
                heading(document, section.title());
                table(document, section.rows());
            }
            selfCheck(document, c);
            heading(document, labels.text("precheck.staff.section.answer"));
            List<CaseSections.Row> answer = CaseSections.answer(c.answer(), labels);
            if (answer.isEmpty()) {
                document.add(paragraph(labels.text("precheck.staff.answer.none"), body));
            } else {
                table(document, answer);
            }
            documents(document, c);
            timeline(document, c);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF summary of " + c.reference() + " cannot be written", e);
        }
        return out.toByteArray();
    }

    private void selfCheck(Document document, PrecheckViews.StaffCase c) {
        heading(document, labels.text("precheck.staff.section.self-check"));
        if (c.selfCheckSnapshot() == null) {
            document.add(paragraph(labels.text("precheck.staff.self-check.none"), body));
            return;
        }
        Optional<SelfCheckResponse> stored = SelfCheckSnapshot.read(c.selfCheckSnapshot(), c.reference());
        if (stored.isEmpty()) {
            document.add(paragraph(labels.text("precheck.staff.self-check.unreadable"), body));
            return;
        }
        SelfCheckResponse result = stored.get();
        SelfCheckResponse.PathwayAnswer recommendation = result.recommendation();
        document.add(paragraph(labels.text("precheck.staff.self-check.stored-as", labels.date(result.decisionDate())),
                small));
        table(document, List.of(
                new CaseSections.Row(labels.text("precheck.staff.self-check.recommendation"),
                        labels.pathway(recommendation.pathway())),
                new CaseSections.Row(labels.text("precheck.staff.self-check.outcome"),
                        labels.outcome(recommendation.outcome())),
                new CaseSections.Row(labels.text("precheck.staff.self-check.legal-basis"),
                        CaseLabels.orNone(recommendation.legalBasis())),
                new CaseSections.Row(labels.text("precheck.staff.self-check.reasons"),
                        normed(recommendation.reasons())),
                new CaseSections.Row(labels.text("precheck.staff.self-check.missing"),
                        normed(recommendation.missing())),
                new CaseSections.Row(labels.text("precheck.staff.self-check.alternatives"),
                        alternatives(result.alternatives()))));
    }

    private String normed(List<SelfCheckResponse.NormedText> texts) {
        if (texts.isEmpty()) {
            return CaseLabels.NONE;
        }
        StringBuilder joined = new StringBuilder();
        for (SelfCheckResponse.NormedText text : texts) {
            joined.append(joined.isEmpty() ? "" : "\n").append("• ")
                    .append(labels.text("precheck.staff.self-check.normed", text.text(), text.norm()));
        }
        return joined.toString();
    }

    private String alternatives(List<SelfCheckResponse.PathwayAnswer> alternatives) {
        if (alternatives.isEmpty()) {
            return CaseLabels.NONE;
        }
        StringBuilder joined = new StringBuilder();
        for (SelfCheckResponse.PathwayAnswer alternative : alternatives) {
            joined.append(joined.isEmpty() ? "" : "\n").append("• ").append(labels.text(
                    "precheck.staff.self-check.alternative", labels.pathway(alternative.pathway()),
                    labels.outcome(alternative.outcome())));
        }
        return joined.toString();
    }

    private void documents(Document document, PrecheckViews.StaffCase c) {
        heading(document, labels.text("precheck.staff.section.documents"));
        if (c.documents().isEmpty()) {
            document.add(paragraph(labels.text("precheck.staff.documents.none"), body));
            return;
        }
        for (PrecheckViews.DocumentInfo info : c.documents()) {
            document.add(paragraph("• " + labels.text("precheck.staff.documents.entry", info.fileName(),
                    labels.dateTime(info.uploadedAt()), labels.author(info.uploadedBy())), body));
        }
    }

    private void timeline(Document document, PrecheckViews.StaffCase c) {
        heading(document, labels.text("precheck.staff.section.timeline"));
        PdfPTable table = new PdfPTable(new float[] {28, 22, 50});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(cell(labels.text("precheck.staff.timeline.when"), label));
        table.addCell(cell(labels.text("precheck.staff.timeline.what"), label));
        table.addCell(cell(labels.text("precheck.staff.timeline.text"), label));
        boolean any = false;
        for (PrecheckViews.TimelineEntry entry : c.timeline()) {
            if (!entry.kind().isVisibleToEmployer()) {
                continue; // internal notes stay in the portal
            }
            any = true;
            table.addCell(cell(labels.dateTime(entry.at()), body));
            table.addCell(cell(labels.entryKind(entry.kind()) + "\n" + labels.author(entry.author()), body));
            table.addCell(cell(labels.entryText(entry), body));
        }
        if (any) {
            document.add(table);
        } else {
            document.add(paragraph(labels.text("precheck.staff.timeline.none"), body));
        }
    }

    private void heading(Document document, String text) {
        Paragraph paragraph = new Paragraph(bold(text, heading));
        paragraph.setSpacingBefore(14);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    private void table(Document document, List<CaseSections.Row> rows) {
        PdfPTable table = new PdfPTable(new float[] {35, 65});
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        for (CaseSections.Row row : rows) {
            table.addCell(cell(row.label(), label));
            table.addCell(cell(row.value(), body));
        }
        document.add(table);
    }

    /** Liberation Sans comes in one weight here; bold is drawn by also stroking the letters' outline. */
    private static Chunk bold(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, font.getSize() / 30, null);
        return chunk;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(5);
        return cell;
    }

    private static Paragraph paragraph(String text, Font font) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(2);
        return paragraph;
    }

    private static BaseFont font() {
        try {
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    FontFile.BYTES, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot load " + FONT, e);
        }
    }

    /** Read once, on the first summary. */
    private static final class FontFile {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = CaseSummaryPdf.class.getClassLoader().getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException(FONT + " is missing from the class path (it comes with OpenPDF)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reference and page number on every page, so loose pages find their way back into the file. */
    private static final class Footer extends PdfPageEventHelper {
        private final CaseLabels labels;
        private final String reference;
        private final Font font;

        Footer(CaseLabels labels, String reference, Font font) {
            this.labels = labels;
            this.reference = reference;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String text = labels.text("precheck.staff.pdf.footer", reference, writer.getPageNumber());
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(new Chunk(text, font)),
                    document.left(), document.bottom() - 24, 0);
        }
    }
}
