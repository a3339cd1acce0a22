import { useT } from '../../i18n/use-t';
import { importModelFiles } from '../../state/model-actions';
import { FilePicker } from '../FilePicker';

/** File types "Import model" offers: Keras 2 HDF5, Keras 3 archives, TF.js Layers model.json with its weights. */
const MODEL_TYPES = '.h5,.hdf5,.keras,.json,.bin';

/** The file input "Import model": one .h5 / .keras file, or a model.json picked together with its weight files. */
export function ImportModel() {
  const t = useT();
  return <FilePicker label={t('models.import')} accept={MODEL_TYPES} onFiles={(files) => void importModelFiles(files)} />;
}
