// As org.springframework.boot.logging.logback.WhitespaceThrowableProxyConverter (Spring Boot 2.x/3.x, %wEx):
// the stack trace with a line separator before and after it.
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.CoreConstants;
public class WhitespaceThrowableProxyConverter extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return CoreConstants.LINE_SEPARATOR + super.throwableProxyToString(tp) + CoreConstants.LINE_SEPARATOR;
    }
}
