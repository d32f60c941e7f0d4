import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ChartConfiguration } from 'chart.js';
import { ChartJSNodeCanvas } from 'chartjs-node-canvas';
import { PALETTE } from '../presentation/palette';

const FONT = 'Liberation Sans, Arial, DejaVu Sans, sans-serif';

/**
 * Charts as PNG at print resolution (twice the CSS pixels) for papers and workbooks. The same
 * configuration always gives the same picture, so pictures are kept by the hash of their
 * configuration and drawn once.
 */
@Injectable()
export class ChartRenderer {
  private readonly canvases = new Map<string, ChartJSNodeCanvas>();
  private readonly cache = new Map<string, Buffer>();
  private static readonly CACHE_LIMIT = 500;

  private canvas(width: number, height: number): ChartJSNodeCanvas {
    const key = `${width}x${height}`;
    let canvas = this.canvases.get(key);
    if (!canvas) {
      canvas = new ChartJSNodeCanvas({
        width: width * 2,
        height: height * 2,
        backgroundColour: PALETTE.white,
        chartCallback: (chart) => {
          chart.defaults.font.family = FONT;
          chart.defaults.font.size = 22;
          chart.defaults.color = PALETTE.ink;
          chart.defaults.animation = false;
          chart.defaults.responsive = false;
        },
      });
      this.canvases.set(key, canvas);
    }
    return canvas;
  }

  async png(configuration: ChartConfiguration, width = 640, height = 300): Promise<Buffer> {
    const key = createHash('sha256')
      .update(JSON.stringify([configuration, width, height]))
      .digest('hex');
    const cached = this.cache.get(key);
    if (cached) return cached;
    const png = await this.canvas(width, height).renderToBuffer(configuration, 'image/png');
    this.cache.set(key, png);
    if (this.cache.size > ChartRenderer.CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
    return png;
  }

  async dataUri(configuration: ChartConfiguration, width?: number, height?: number): Promise<string> {
    return `data:image/png;base64,${(await this.png(configuration, width, height)).toString('base64')}`;
  }
}
