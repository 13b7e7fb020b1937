package io.spendvault.adapters.storage.content

import io.spendvault.application.files.port.out.ThumbnailRenderer
import spock.lang.Specification

import java.awt.image.BufferedImage
import java.nio.ByteBuffer
import java.util.zip.CRC32
import javax.imageio.ImageIO

class ImageIoThumbnailRendererSpec extends Specification {

    def renderer = new ImageIoThumbnailRenderer()

    private static byte[] image(String format, int width, int height) {
        def picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB)
        def graphics = picture.createGraphics()
        graphics.color = java.awt.Color.ORANGE
        graphics.fillRect(0, 0, width.intdiv(2), height)
        graphics.dispose()
        def out = new ByteArrayOutputStream()
        assert ImageIO.write(picture, format, out)
        out.toByteArray()
    }

    private BufferedImage render(byte[] bytes) {
        def png = new ByteArrayOutputStream()
        renderer.render(new ByteArrayInputStream(bytes), 64, png)
        def result = ImageIO.read(new ByteArrayInputStream(png.toByteArray()))
        assert png.toByteArray()[1..3] == 'PNG'.bytes as List
        result
    }

    def "a #format image becomes a PNG 64 px wide with its aspect ratio"() {
        when:
        def thumbnail = render(image(format, 400, 300))

        then:
        thumbnail.width == 64
        thumbnail.height == 48

        where:
        format << ['png', 'jpg', 'gif', 'bmp']
    }

    def "the renderer supports #type: #supported"() {
        expect:
        renderer.supports(type) == supported

        where:
        type              | supported
        'image/png'       | true
        'image/jpeg'      | true
        'image/webp'      | true
        'image/svg+xml'   | false
        'application/pdf' | false
    }

    /** A PNG whose header claims huge dimensions; its pixel data is a few bytes. */
    private static byte[] decompressionBomb(int width, int height) {
        def out = new ByteArrayOutputStream()
        out.write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] as byte[])
        def ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array()
        def chunk = { String type, byte[] data ->
            out.write(ByteBuffer.allocate(4).putInt(data.length).array())
            out.write(type.bytes)
            out.write(data)
            def crc = new CRC32()
            crc.update(type.bytes)
            crc.update(data)
            out.write(ByteBuffer.allocate(4).putInt((int) crc.value).array())
        }
        chunk('IHDR', ihdr)
        chunk('IDAT', [0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01] as byte[])
        chunk('IEND', new byte[0])
        out.toByteArray()
    }

    def "a decompression bomb is refused from its header, without decoding"() {
        when:
        renderer.render(new ByteArrayInputStream(decompressionBomb(100_000, 100_000)), 64, new ByteArrayOutputStream())

        then:
        def refused = thrown(ThumbnailRenderer.ImageRefusedException)
        refused.message.contains('10000000000 pixels')
    }

    def "bytes that are no image are refused"() {
        when:
        renderer.render(new ByteArrayInputStream('not an image at all'.bytes), 64, new ByteArrayOutputStream())

        then:
        thrown(ThumbnailRenderer.ImageRefusedException)
    }
}
