import { Module } from '@nestjs/common';
import { NationalOutcomesRepository } from './national-outcomes.repository';
import { NationalPictureService } from './national-picture.service';

/** The national inspection outcomes, for the comparison pages, the board paper and the command line. */
@Module({
  providers: [NationalOutcomesRepository, NationalPictureService],
  exports: [NationalPictureService],
})
export class NationalOutcomesModule {}
