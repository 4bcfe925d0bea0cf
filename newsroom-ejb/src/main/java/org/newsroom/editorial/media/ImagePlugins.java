package org.newsroom.editorial.media;

import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;
import javax.imageio.spi.IIORegistry;

/**
 * Puts TwelveMonkeys' JPEG reader into ImageIO for as long as the application runs. It reads
 * what the JDK's reader cannot: the CMYK and YCCK JPEGs photo agencies send, with their
 * embedded ICC profiles. ImageIO finds plugins with a service loader over the class path
 * it saw at its first use, which is the server's, not this EAR's {@code lib/}; so the reader
 * is registered here, by hand, and taken out again when the application stops (else the
 * server would keep a reader from an undeployed class loader). Once registered it puts
 * itself ahead of the JDK's JPEG reader, to which it hands everything it need not convert.
 */
@Singleton
@Startup
public class ImagePlugins {

    private static final Logger LOG = Logger.getLogger(ImagePlugins.class.getName());

    private JPEGImageReaderSpi jpeg;

    @PostConstruct
    void register() {
        jpeg = new JPEGImageReaderSpi();
        IIORegistry.getDefaultInstance().registerServiceProvider(jpeg);
        LOG.info(() -> "Newsroom: ImageIO reads CMYK and YCCK JPEGs with " + jpeg.getVendorName() + " " + jpeg.getVersion());
    }

    @PreDestroy
    void deregister() {
        IIORegistry.getDefaultInstance().deregisterServiceProvider(jpeg);
    }
}
