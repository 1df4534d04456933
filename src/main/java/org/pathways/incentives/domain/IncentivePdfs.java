package org.pathways.incentives.domain;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.pathways.incentives.domain.EducatorIncentives.Certificate;
import org.pathways.incentives.domain.EducatorIncentives.CpeEntry;
import org.pathways.shared.SchoolYear;
import org.springframework.stereotype.Component;

/** Certificates and CPE transcripts as PDF documents. */
@Component
public class IncentivePdfs {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);
    private static final Color NAVY = new Color(0x12, 0x35, 0x5b);

    private final String district;

    IncentivePdfs(@org.springframework.beans.factory.annotation.Value("${pathways.incentives.district-name:Harmony Public Schools}")
                  String district) {
        this.district = district;
    }

    public byte[] certificate(Certificate c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER.rotate(), 72, 72, 72, 72);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Certificate: " + c.title());
        doc.addAuthor(district);
        doc.open();
        doc.add(centered(district, new Font(Font.HELVETICA, 14, Font.NORMAL, NAVY), 24));
        doc.add(centered("Certificate of Completion", new Font(Font.HELVETICA, 30, Font.BOLD, NAVY), 28));
        doc.add(centered("This certifies that", new Font(Font.HELVETICA, 14), 12));
        doc.add(centered(c.educatorName(), new Font(Font.HELVETICA, 26, Font.BOLD), 12));
        doc.add(centered("has earned the micro-credential", new Font(Font.HELVETICA, 14), 12));
        doc.add(centered(c.title(), new Font(Font.HELVETICA, 20, Font.BOLD, NAVY), 24));
        doc.add(centered(hours(c.hours()) + " CPE hours", new Font(Font.HELVETICA, 14), 6));
        doc.add(centered("Earned on " + DATE.format(c.earnedOn()), new Font(Font.HELVETICA, 14), 6));
        doc.add(centered("Micro-credential " + c.microCredentialCode() + " · certificate " + c.earnedCredentialId(),
                new Font(Font.HELVETICA, 9, Font.NORMAL, Color.GRAY), 0));
        doc.close();
        return out.toByteArray();
    }

    public byte[] transcript(String educatorName, String employeeId, SchoolYear year, List<CpeEntry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER, 54, 54, 54, 54);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("CPE transcript " + year + ": " + educatorName);
        doc.addAuthor(district);
        doc.open();
        doc.add(new Paragraph(district, new Font(Font.HELVETICA, 11, Font.NORMAL, NAVY)));
        doc.add(new Paragraph("CPE transcript " + year, new Font(Font.HELVETICA, 20, Font.BOLD, NAVY)));
        doc.add(new Paragraph(educatorName + " (employee " + employeeId + ")", new Font(Font.HELVETICA, 12)));
        doc.add(Chunk.NEWLINE);
        PdfPTable table = new PdfPTable(new float[] {2.2f, 7f, 1.5f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String head : List.of("Date", "Micro-credential", "Hours")) {
            PdfPCell cell = new PdfPCell(new Phrase(head, new Font(Font.HELVETICA, 10, Font.BOLD, Color.WHITE)));
            cell.setBackgroundColor(NAVY);
            cell.setPadding(5);
            table.addCell(cell);
        }
        Font body = new Font(Font.HELVETICA, 10);
        BigDecimal total = BigDecimal.ZERO;
        for (CpeEntry e : entries) {
            table.addCell(cell(DATE.format(e.on()), body, Element.ALIGN_LEFT));
            table.addCell(cell(e.reversal() ? e.title() + " (revoked" + (e.reason() == null ? "" : ": " + e.reason()) + ")"
                    : e.title(), body, Element.ALIGN_LEFT));
            table.addCell(cell(hours(e.hours()), body, Element.ALIGN_RIGHT));
            total = total.add(e.hours());
        }
        Font bold = new Font(Font.HELVETICA, 10, Font.BOLD);
        table.addCell(cell("", bold, Element.ALIGN_LEFT));
        table.addCell(cell("Total CPE hours " + year, bold, Element.ALIGN_LEFT));
        table.addCell(cell(hours(total), bold, Element.ALIGN_RIGHT));
        doc.add(table);
        if (entries.isEmpty()) {
            doc.add(new Paragraph("No CPE credits in this school year.", body));
        }
        doc.close();
        return out.toByteArray();
    }

    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    private static Paragraph centered(String text, Font font, float spacingAfter) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(spacingAfter);
        return p;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        return cell;
    }
}
