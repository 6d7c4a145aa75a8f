package de.welcomeportal.portal.precheck;

import java.io.InputStream;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The upload of supporting documents, alike in the form and under "My case". The browser is only told which files
 * to offer (PDF, JPEG, PNG up to the configured size); what a file really is, the server decides from its content.
 */
final class DocumentUploads {

    private DocumentUploads() {
    }

    /**
     * An upload that hands each received file, in memory, to {@code received} (in the UI's lock). Files travel as
     * the raw request body, so no multipart size limit of the servlet container cuts them short.
     *
     * <p>Like Vaadin's {@code UploadHandler.inMemory}, but it reads at most one byte more than the largest document
     * allowed: the browser's size limit is only a courtesy, and a client that ignores it must not fill the memory.
     * A file cut short this way is longer than allowed, and {@code received} refuses it for its size.
     */
    static Upload upload(PrecheckProperties properties, BiConsumer<String, byte[]> received) {
        Upload upload = new Upload((UploadHandler) event -> {
            byte[] content;
            try (InputStream in = event.getInputStream()) {
                content = in.readNBytes(properties.maxDocumentBytes() + 1);
            }
            String fileName = event.getFileName();
            event.getUI().access(() -> received.accept(fileName, content));
        });
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setMaxFileSize(properties.maxDocumentBytes());
        upload.addClassName("precheck-upload");
        return upload;
    }

    /** The upload's own texts (buttons, drop hint, progress, errors) in the view's language. */
    static UploadI18N texts(Component view, PrecheckProperties properties) {
        String rejected = view.getTranslation("precheck.form.documents.not-accepted");
        String failed = view.getTranslation("precheck.form.documents.failed");
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(view.getTranslation("precheck.form.documents.add-one"))
                        .setMany(view.getTranslation("precheck.form.documents.add-many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(view.getTranslation("precheck.form.documents.drop-one"))
                        .setMany(view.getTranslation("precheck.form.documents.drop-many")))
                .setFile(new UploadI18N.File().setRemove(view.getTranslation("precheck.form.documents.remove"))
                        .setRetry(view.getTranslation("precheck.form.documents.retry"))
                        .setStart(view.getTranslation("precheck.form.documents.start")))
                .setError(new UploadI18N.Error().setFileIsTooBig(rejected).setIncorrectFileType(rejected)
                        .setTooManyFiles(view.getTranslation("precheck.validation.document-count",
                                properties.maxDocuments())))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(view.getTranslation("precheck.form.documents.connecting"))
                                .setStalled(view.getTranslation("precheck.form.documents.stalled"))
                                .setProcessing(view.getTranslation("precheck.form.documents.processing"))
                                .setHeld(view.getTranslation("precheck.form.documents.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(view.getTranslation("precheck.form.documents.remaining"))
                                .setUnknown(view.getTranslation("precheck.form.documents.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(failed)
                                .setUnexpectedServerError(failed)
                                .setForbidden(failed)
                                .setFileTooLarge(rejected)));
    }
}
