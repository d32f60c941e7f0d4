import { Module } from '@nestjs/common';
import { ChartRenderer } from './chart-renderer';

/** Charts drawn as pictures, one renderer (and one cache of pictures) for the pages, the papers and the workbooks. */
@Module({
  providers: [ChartRenderer],
  exports: [ChartRenderer],
})
export class ChartsModule {}
