package com.wbassist.sandbox.wb;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The sandbox's product photos ({@code sandbox:/images/…} in its cards): a picture drawn for the
 * article, so the chat shows a real image. PNG, whatever the extension says — the JDK writes no
 * WebP, and Telegram takes either.
 */
@Path("sandbox/wb/images")
public class SandboxImagesResource {

  @GET
  @Path("{nmId}/{size}/{file}")
  public Response photo(
      @PathParam("nmId") String nmId,
      @PathParam("size") String size,
      @PathParam("file") String file) {
    return Response.ok(draw(nmId), "image/png").build();
  }

  public static byte[] draw(String label) {
    BufferedImage image = new BufferedImage(516, 688, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.getHSBColor((Math.abs(label.hashCode()) % 360) / 360f, 0.35f, 0.95f));
      g.fillRect(0, 0, 516, 688);
      g.setColor(new Color(0x481173));
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 48));
      g.drawString("WB " + label, 60, 360);
    } finally {
      g.dispose();
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
