package org.pathways.portfolio.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An upload over the container's limit is refused before any controller runs; say so on the portfolio page. */
@ControllerAdvice
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", "The upload is larger than the size allowed. Upload smaller files, "
                + "or link to long videos instead.");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.matches("/portfolio/submissions/\\d+/.*")
                ? "redirect:" + path.replaceFirst("^(/portfolio/submissions/\\d+)/.*", "$1") : "redirect:/portfolio";
    }
}
